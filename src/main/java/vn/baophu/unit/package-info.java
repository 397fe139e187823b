/**
 * The administrative tree (province, district, commune) with official codes; every unit knows its path so a whole subtree is one indexed range query.
 */
@org.jspecify.annotations.NullMarked
package vn.baophu.unit;
