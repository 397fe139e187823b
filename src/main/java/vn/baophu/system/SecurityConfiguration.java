package vn.baophu.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.baophu.user.Role;
import vn.baophu.user.SessionFollowsAccount;
import vn.baophu.user.UserService;

/**
 * Two chains. Scripts ({@code /api/**}, {@code /actuator/**}) sign every request with HTTP Basic:
 * no session is read or made and cookies are ignored, so a page on another site cannot ride on a
 * browser's session, and CSRF does not apply. Pages sign in with the form and keep a session
 * (cookie {@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} behind HTTPS), every form carries
 * a CSRF token, and the session follows the account ({@link SessionFollowsAccount}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Only the app's own scripts, styles, fonts and images; JSON data blocks are not scripts. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(1)
	SecurityFilterChain scriptsChain(HttpSecurity http) throws Exception {
		var basicEntryPoint = new BasicAuthenticationEntryPoint();
		basicEntryPoint.setRealmName("baophu");
		var health = EndpointRequest.to(HealthEndpoint.class);
		http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
				EndpointRequest.toAnyEndpoint()))
			.authorizeHttpRequests(auth -> auth.requestMatchers(health)
				.permitAll()
				.requestMatchers(EndpointRequest.toAnyEndpoint())
				.hasAuthority(Role.ADMINISTRATOR.authority())
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(basicEntryPoint)
				.accessDeniedHandler(new LoggingAccessDeniedHandler()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pagesChain(HttpSecurity http, SecurityContextRepository sessions) throws Exception {
		http
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
						"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.anyRequest().authenticated())
			.securityContext(context -> context.securityContextRepository(sessions))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(signInFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// Scripts and benchmarks may read pages with Basic too; it makes no session, and forms still need CSRF.
			.httpBasic(basic -> basic.realmName("baophu"))
			.csrf(csrf -> csrf.csrfTokenRepository(new NoSessionForBasicCsrfTokens()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			// A page asked for without signing in goes to the form, whatever the Accept header.
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
				.accessDeniedHandler(new LoggingAccessDeniedHandler()));
		return http.build();
	}

	@Bean
	SessionFollowsAccount sessionFollowsAccount(UserService users) {
		return new SessionFollowsAccount(users);
	}

	/** A locked account is told so (and for how long, on the page), a wrong password is not told apart. */
	private static AuthenticationFailureHandler signInFailureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		return handler;
	}

	@Bean
	AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			Clock clock) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new RecentlyVerifiedPasswords(passwords, users, Duration.ofMinutes(5), clock);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
