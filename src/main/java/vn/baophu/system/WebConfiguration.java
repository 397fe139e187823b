package vn.baophu.system;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import vn.baophu.shared.DateInput;
import vn.baophu.user.SignedInUser;

/** Vietnamese first, or the user's own language; {@code ?lang=en} switches the session to English. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/**
	 * Static files under their own three prefixes only, each with a resource chain (webjar links
	 * written without a version get it; what was found is cached). Spring Boot's default handler for
	 * {@code /**} is off ({@code spring.web.resources.add-mappings=false}): with it, the
	 * ResourceUrlEncodingFilter looked every link a page writes ({@code /units/844/gap?…}) up as a file in
	 * every jar on the class path, on every request and under the jars' locks, which cut the pages'
	 * throughput under 16 connections to a fraction (issue "Province scale").
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		// Browsers ask for it: a quiet 404 (no such file), as under Spring Boot's default handler.
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
	}

	/** Vietnamese is the default bundle: any other language falls back to it, not to the JVM's. */
	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
		ResourceBundleMessageSource messageSource = new ResourceBundleMessageSource();
		messageSource.setBasenames(basenames);
		messageSource.setDefaultEncoding("UTF-8");
		messageSource.setFallbackToSystemLocale(false);
		messageSource.setDefaultLocale(VIETNAMESE);
		return messageSource;
	}

	/**
	 * The language chosen in this session ({@code ?lang=}, or on the account page) first; without one,
	 * the signed-in user's stored language; then Vietnamese. Done in the resolver, on every request,
	 * rather than by copying the language into the session at sign-in: it needs no hook in the
	 * sign-in flow, works alike for the API's HTTP Basic requests (no session), and a {@code ?lang=}
	 * picked on the sign-in page is kept (the session's attributes survive the id change at sign-in).
	 */
	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setDefaultLocaleFunction(request -> signedInUsersLocale());
		return resolver;
	}

	private static Locale signedInUsersLocale() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& "en".equals(user.language())) {
			return Locale.ENGLISH;
		}
		return VIETNAMESE;
	}

	/** Request bodies bounded before anything reads them (see {@link RequestBodyLimitFilter}). */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(UploadLimit limit) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limit));
		registration.setOrder(RequestBodyLimitFilter.ORDER);
		return registration;
	}

	/** Every {@code LocalDate} a form binds is typed and shown dd/MM/yyyy. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new DateInput());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/login").setViewName("login");
	}
}
