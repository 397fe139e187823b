package vn.baophu.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API document at /v3/api-docs: every route needs HTTP Basic. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "baophu API", version = "v1",
		description = "Coverage of BHYT, BHXH and BHTN against targets: gap tables and imports. "
				+ "Rates are percentages (93.08 = 93,08 %), counts are people; null means not computable."),
		security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {
}
