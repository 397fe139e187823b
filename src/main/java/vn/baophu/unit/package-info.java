/**
 * The administrative tree (province, district, commune) with official codes; every unit knows its path so a whole subtree is one indexed range query.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "user"})
@org.jspecify.annotations.NullMarked
package vn.baophu.unit;
