@org.jspecify.annotations.NullMarked
package vn.baophu.school.web;
