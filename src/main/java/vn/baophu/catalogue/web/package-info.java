@org.jspecify.annotations.NullMarked
package vn.baophu.catalogue.web;
