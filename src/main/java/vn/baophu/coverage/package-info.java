/**
 * The coverage rules of PRODUCT.md as plain Java: coverage ({@code participants / denominator}),
 * achievement ({@code coverage / target}), the people still to enrol ({@code remaining}, rounded half
 * up, negative when the target is exceeded), the BHXH split into compulsory and voluntary, the
 * change since last month and since December of last year, and the helpers a parent row needs
 * (sums of its children, a derived denominator-weighted target, the sum of the children's positive
 * gaps). All arithmetic is exact {@link java.math.BigDecimal} with
 * {@link java.math.MathContext#DECIMAL128} for divisions; nothing is rounded except {@code remaining},
 * and a missing figure ({@code null}) is never treated as zero. No Spring, no persistence.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package vn.baophu.coverage;
