package vn.baophu.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real (embedded) PostgreSQL with the Càng Long demo data, and
 * MockMvc. Every test class using it shares one context and one database: a test that writes
 * either uses its own units or is {@code @Transactional} so it rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
public @interface BaophuTest {
}
