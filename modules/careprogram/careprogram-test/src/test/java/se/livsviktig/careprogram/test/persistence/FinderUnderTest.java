package se.livsviktig.careprogram.test.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the service.xml finder a test method guards (entity and finder name), so {@link EveryFinderIsTestedIT}
 * can tell when service.xml gains a finder that no test covers.
 *
 * @author Livsviktig
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface FinderUnderTest {

	String entity();

	String finder();

}
