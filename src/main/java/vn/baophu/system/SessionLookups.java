package vn.baophu.system;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/** A request reads its session from PostgreSQL once, not twice ({@link SessionsSavedThisRequest}). */
@Configuration(proxyBeanMethods = false)
class SessionLookups {

	@Bean
	static BeanPostProcessor sessionsSavedThisRequest() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository repository
						? SessionsSavedThisRequest.remembering(repository) : bean;
			}
		};
	}

	/** Just outside Spring Session's filter, so that its saving and its look-up after it happen inside. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionsSavedThisRequestFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration =
				new FilterRegistrationBean<>(SessionsSavedThisRequest.filter());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}
}
