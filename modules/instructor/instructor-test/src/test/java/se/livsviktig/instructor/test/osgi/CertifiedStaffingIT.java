package se.livsviktig.instructor.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;
import se.livsviktig.training.constants.SessionInstructorConstants;

/**
 * With the instructor app deployed beside training, training's own invitation service refuses an instructor
 * whom no active certification covers, naming the method and the first uncovered date, and lets a certified
 * one through its staffing check. Everything runs in the framework: training's
 * {@code SessionInstructorLocalService} as the portal publishes it, its optional reference bound by Service
 * Component Runtime to the instructor app's real checker, which asks the real certification service. This tier
 * has no database, so the persistence both services read is replaced, for the duration of a test, by doubles
 * answering for one session and one instructor.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class CertifiedStaffingIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		_doubles = InstructorPortalServiceDoubles.registeredIn(portalFramework);

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	@BeforeEach
	void replacePersistence() throws Exception {
		Bundle trainingApi = _bundle("se.livsviktig.training.api");

		Object courseSession = _model(
			trainingApi, "se.livsviktig.training.model.CourseSession",
			Map.of(
				"getCompanyId", InstructorPortalServiceDoubles.COMPANY_ID,
				"getCourseSessionId", _COURSE_SESSION_ID, "getGroupId", 20121L,
				"getTrainingMethodId", _TRAINING_METHOD_ID));

		Object trainingMethod = _model(
			trainingApi, "se.livsviktig.training.model.TrainingMethod",
			Map.of(
				"getDefaultLanguageId", "sv_SE",
				"getNameMap",
				Map.of(_SWEDISH, "Hjärt-lungräddning", Locale.US, "CPR"),
				"getTrainingMethodId", _TRAINING_METHOD_ID,
				"isCertifiedInstructorsRequired", true));

		// Two days, given latest first: the refusal must name the earliest uncovered one, not the first listed.

		List<Object> sessionDates = List.of(
			_model(
				trainingApi, "se.livsviktig.training.model.SessionDate",
				Map.of(
					"getStartDate", _SECOND_DAY_START, "getEndDate",
					_SECOND_DAY_END)),
			_model(
				trainingApi, "se.livsviktig.training.model.SessionDate",
				Map.of(
					"getStartDate", _FIRST_DAY_START, "getEndDate",
					_FIRST_DAY_END)));

		Object staffed = _model(
			trainingApi, "se.livsviktig.training.model.SessionInstructor",
			Map.of("getStatus", SessionInstructorConstants.STATUS_INVITED));

		Object sessionInstructorLocalService = _aopService(
			"se.livsviktig.training.service.impl." +
				"SessionInstructorLocalServiceImpl");

		_replace(
			sessionInstructorLocalService, "courseSessionPersistence",
			_persistence(
				trainingApi,
				"se.livsviktig.training.service.persistence." +
					"CourseSessionPersistence",
				"findByPrimaryKey",
				arguments -> _only(
					_COURSE_SESSION_ID, arguments[0], courseSession)));
		_replace(
			sessionInstructorLocalService, "trainingMethodPersistence",
			_persistence(
				trainingApi,
				"se.livsviktig.training.service.persistence." +
					"TrainingMethodPersistence",
				"findByPrimaryKey",
				arguments -> _only(
					_TRAINING_METHOD_ID, arguments[0], trainingMethod)));
		_replace(
			sessionInstructorLocalService, "sessionDatePersistence",
			_persistence(
				trainingApi,
				"se.livsviktig.training.service.persistence." +
					"SessionDatePersistence",
				"findByCourseSessionId",
				arguments -> _only(
					_COURSE_SESSION_ID, arguments[0], sessionDates)));

		// The first step after the staffing check: finding the instructor already invited ends the call with a
		// refusal of its own, so reaching it proves the check let the instructor through.

		_replace(
			sessionInstructorLocalService, "sessionInstructorPersistence",
			_persistence(
				trainingApi,
				"se.livsviktig.training.service.persistence." +
					"SessionInstructorPersistence",
				"fetchByCS_IU",
				arguments -> {
					_staffingLookups.add(arguments[1]);

					return staffed;
				}));

		_replace(
			_aopService(
				"se.livsviktig.instructor.service.impl." +
					"CertificationLocalServiceImpl"),
			"certificationPersistence",
			_persistence(
				_bundle("se.livsviktig.instructor.api"),
				"se.livsviktig.instructor.service.persistence." +
					"CertificationPersistence",
				"findByC_HU_TM_S",
				arguments -> {
					if (arguments[0].equals(
							InstructorPortalServiceDoubles.COMPANY_ID) &&
						arguments[1].equals(_INSTRUCTOR_USER_ID) &&
						arguments[2].equals(_TRAINING_METHOD_ID) &&
						arguments[3].equals(_STATE_ACTIVE)) {

						return _activeCertifications;
					}

					return List.of();
				}));
	}

	@AfterEach
	void restorePersistence() throws Exception {

		// Latest first: a test may replace again what @BeforeEach replaced

		Collections.reverse(_restores);

		for (Runnable restore : _restores) {
			restore.run();
		}

		_restores.clear();
		_activeCertifications.clear();
		_staffingLookups.clear();
	}

	@Test
	void everyInstructorComponentIsActiveOrSatisfied() {
		_portalFramework.components(
		).assertAllActiveOrSatisfied(
			_bundles.subList(2, _bundles.size())
		);
	}

	@Test
	void everyInstructorComponentActivatesWhenItsServiceIsUsed() {
		List<String> notActive = _portalFramework.components(
		).notActiveWhenUsed(
			_bundles.subList(2, _bundles.size()), componentDescriptionDTO -> true
		);

		assertTrue(
			notActive.isEmpty(),
			"Components that did not activate:\n" +
				String.join("\n", notActive));
	}

	@Test
	void anInstructorWithoutCertificationIsRefusedNamingMethodAndFirstDate()
		throws Exception {

		Throwable throwable = _invite();

		assertAll(
			() -> assertEquals(
				"se.livsviktig.training.exception." +
					"InstructorNotQualifiedException",
				throwable.getClass().getName(), throwable::toString),
			() -> assertEquals(
				"Hjärt-lungräddning",
				_call(throwable, "getTrainingMethodName", _SWEDISH)),
			() -> assertEquals(
				"CPR", _call(throwable, "getTrainingMethodName", Locale.US)),
			() -> assertEquals(
				_FIRST_DAY_START, _call(throwable, "getUnqualifiedDate")),
			() -> assertEquals(List.of(), _staffingLookups));
	}

	@Test
	void aCertificationEndingBetweenTheDaysIsRefusedOnTheSecondDay()
		throws Exception {

		_activeCertifications.add(
			_certification(
				Date.from(Instant.parse("2026-01-15T00:00:00Z")),
				Date.from(Instant.parse("2027-03-11T00:00:00Z"))));

		Throwable throwable = _invite();

		assertAll(
			() -> assertEquals(
				"se.livsviktig.training.exception." +
					"InstructorNotQualifiedException",
				throwable.getClass().getName(), throwable::toString),
			() -> assertEquals(
				_SECOND_DAY_START, _call(throwable, "getUnqualifiedDate")));
	}

	@Test
	void anInstructorCertifiedOverTheDatesPassesTheStaffingCheck()
		throws Exception {

		_activeCertifications.add(
			_certification(
				Date.from(Instant.parse("2026-01-15T00:00:00Z")),
				Date.from(Instant.parse("2028-01-15T00:00:00Z"))));

		Throwable throwable = _invite();

		assertAll(
			() -> assertEquals(
				"se.livsviktig.training.exception." +
					"DuplicateSessionInstructorException",
				throwable.getClass().getName(), throwable::toString),
			() -> assertEquals(
				List.of(_INSTRUCTOR_USER_ID), _staffingLookups));
	}

	/**
	 * Training on its own, as before the instructor app: with the app stopped there is no checker, and the
	 * uncertified instructor is let through the staffing check again.
	 */
	@Test
	void withoutTheInstructorAppAnUncertifiedInstructorPassesTheStaffingCheck()
		throws Exception {

		Bundle instructorService = _bundle("se.livsviktig.instructor.service");

		instructorService.stop();

		try {
			Throwable throwable = _invite();

			assertAll(
				() -> assertEquals(
					"se.livsviktig.training.exception." +
						"DuplicateSessionInstructorException",
					throwable.getClass().getName(), throwable::toString),
				() -> assertEquals(
					List.of(_INSTRUCTOR_USER_ID), _staffingLookups));
		}
		finally {
			instructorService.start();
		}
	}

	/**
	 * Training's staffing list (the participants page takes whatever InstructorCandidateProvider is published,
	 * InstructorCandidateProviderIT in training-test) gets the instructor app's candidates through the real
	 * chain: the provider, the licence standings, training's published SessionInstructorLocalService and
	 * TrainingMethodLocalService, each statement answered by a persistence double. Of three certified
	 * instructors one is available and certified on both days: offered with the standing its certification and
	 * delivered session give (at risk: one of two sessions delivered, and the first period ends in 45 days) and
	 * this year's session.
	 */
	@Test
	void trainingsStaffingListOffersTheAvailableInstructorCertifiedOnEveryDate()
		throws Exception {

		Bundle instructorApi = _bundle("se.livsviktig.instructor.api");
		Bundle trainingApi = _bundle("se.livsviktig.training.api");

		long busy = 30003;
		long endsBetweenTheDays = 30004;

		List<Object> certifications = List.of(
			_certification(
				_INSTRUCTOR_USER_ID, Date.from(Instant.parse("2026-01-15T00:00:00Z")),
				null),
			_certification(
				busy, Date.from(Instant.parse("2026-01-15T00:00:00Z")), null),
			_certification(
				endsBetweenTheDays,
				Date.from(Instant.parse("2026-01-15T00:00:00Z")),
				Date.from(Instant.parse("2027-03-11T00:00:00Z"))));

		_replace(
			_aopService(
				"se.livsviktig.instructor.service.impl." +
					"CertificationLocalServiceImpl"),
			"certificationPersistence",
			_persistence(
				instructorApi,
				"se.livsviktig.instructor.service.persistence." +
					"CertificationPersistence",
				"dslQuery", arguments -> certifications));

		Object trainingMethod = _model(
			trainingApi, "se.livsviktig.training.model.TrainingMethod",
			Map.of(
				"getLicencePeriodMonths", 12, "getLicenceSessionsRequired", 2,
				"getTrainingMethodId", _TRAINING_METHOD_ID));

		_replace(
			_aopService(
				"se.livsviktig.training.service.impl." +
					"TrainingMethodLocalServiceImpl"),
			"trainingMethodPersistence",
			_persistence(
				trainingApi,
				"se.livsviktig.training.service.persistence." +
					"TrainingMethodPersistence",
				"dslQuery", arguments -> List.of(trainingMethod)));

		Date delivered = Date.from(Instant.parse("2026-11-01T15:00:00Z"));
		List<String> statements = new ArrayList<>();

		_replace(
			_aopService(
				"se.livsviktig.training.service.impl." +
					"SessionInstructorLocalServiceImpl"),
			"sessionInstructorPersistence",
			_persistence(
				trainingApi,
				"se.livsviktig.training.service.persistence." +
					"SessionInstructorPersistence",
				"dslQuery",
				arguments -> {
					String sql = arguments[0].toString();

					statements.add(sql);

					if (sql.startsWith("select distinct")) {
						return List.of(busy);
					}

					if (sql.contains("endDate, count(")) {
						return List.<Object[]>of(
							new Object[] {
								_INSTRUCTOR_USER_ID, _TRAINING_METHOD_ID,
								delivered, 1
							});
					}

					return List.<Object[]>of(
						new Object[] {
							_INSTRUCTOR_USER_ID, _TRAINING_METHOD_ID, 1
						});
				}));

		// Every one of them an active user, so only the dates and the other sessions leave two out

		List<User> users = new ArrayList<>();

		for (Object[] user :
				new Object[][] {
					{_INSTRUCTOR_USER_ID, "Anna Andersson"},
					{busy, "Bo Berg"}, {endsBetweenTheDays, "Cecilia Carlsson"}
				}) {

			User activeUser = mock(User.class);

			when(activeUser.getUserId()).thenReturn((Long)user[0]);
			when(activeUser.getFullName()).thenReturn((String)user[1]);

			users.add(activeUser);
		}

		when(
			_doubles.userLocalService.dslQuery(any(DSLQuery.class))
		).thenReturn(
			users
		);

		BundleContext bundleContext = _portalFramework.bundleContext();

		ServiceReference<?>[] serviceReferences =
			bundleContext.getAllServiceReferences(
				"se.livsviktig.training.spi.InstructorCandidateProvider", null);

		assertEquals(1, serviceReferences.length);

		Object provider = bundleContext.getService(serviceReferences[0]);

		_fixClock(provider, _NOW);
		_fixClock(
			bundleContext.getService(
				bundleContext.getAllServiceReferences(
					"se.livsviktig.instructor.standing." +
						"LicenceStandingLocalService",
					null)[0]),
			_NOW);

		List<?> candidates = (List<?>)_call(
			provider, "getCandidates", InstructorPortalServiceDoubles.COMPANY_ID,
			_COURSE_SESSION_ID, _TRAINING_METHOD_ID,
			List.of(
				_FIRST_DAY_START, _FIRST_DAY_END, _SECOND_DAY_START,
				_SECOND_DAY_END));

		assertEquals(1, candidates.size(), candidates::toString);

		Object candidate = candidates.get(0);

		assertAll(
			() -> assertEquals(
				_INSTRUCTOR_USER_ID, _call(candidate, "getUserId")),
			() -> assertEquals(
				"Anna Andersson", _call(candidate, "getFullName")),
			() -> assertEquals(
				"AT_RISK", _call(candidate, "getStanding").toString()),
			() -> assertEquals(
				1, _call(candidate, "getSessionsDeliveredThisYear")),
			() -> assertEquals(3, statements.size(), statements::toString));
	}

	/**
	 * The accept path: a certified instructor's answer goes through training's published service, past the
	 * instructor app's qualification check, to an accepted staffing that is saved.
	 */
	@Test
	void aCertifiedInstructorAcceptsTheInvitation() throws Exception {
		_activeCertifications.add(
			_certification(
				Date.from(Instant.parse("2026-01-15T00:00:00Z")),
				Date.from(Instant.parse("2028-01-15T00:00:00Z"))));

		List<Object> saved = new ArrayList<>();

		Object invitation = _respondToInvitation(saved);

		assertAll(
			() -> assertEquals(
				SessionInstructorConstants.STATUS_ACCEPTED,
				_call(invitation, "getStatus")),
			() -> assertEquals(List.of(invitation), saved));
	}

	/**
	 * Certifications can lapse between the invitation and the answer: an uncertified instructor's accept is
	 * refused with the method and date, and nothing is saved.
	 */
	@Test
	void anInstructorWithoutCertificationCannotAccept() throws Exception {
		List<Object> saved = new ArrayList<>();

		InvocationTargetException invocationTargetException = assertThrows(
			InvocationTargetException.class,
			() -> _respondToInvitation(saved));

		Throwable throwable = invocationTargetException.getCause();

		assertAll(
			() -> assertEquals(
				"se.livsviktig.training.exception." +
					"InstructorNotQualifiedException",
				throwable.getClass().getName(), throwable::toString),
			() -> assertEquals(
				_FIRST_DAY_START, _call(throwable, "getUnqualifiedDate")),
			() -> assertEquals(List.of(), saved));
	}

	private static void _fixClock(Object component, Instant instant)
		throws Exception {

		Method setClock = component.getClass(
		).getDeclaredMethod(
			"setClock", Clock.class
		);

		setClock.setAccessible(true);

		setClock.invoke(component, Clock.fixed(instant, ZoneOffset.UTC));
	}

	private static Object _call(
			Object object, String methodName, Object... arguments)
		throws Exception {

		for (Method method : object.getClass().getMethods()) {
			if (method.getName().equals(methodName) &&
				(method.getParameterCount() == arguments.length)) {

				return method.invoke(object, arguments);
			}
		}

		throw new NoSuchMethodException(methodName);
	}

	private static Field _field(Class<?> clazz, String name)
		throws NoSuchFieldException {

		for (Class<?> current = clazz; current != null;
			 current = current.getSuperclass()) {

			try {
				return current.getDeclaredField(name);
			}
			catch (NoSuchFieldException noSuchFieldException) {
			}
		}

		throw new NoSuchFieldException(clazz.getName() + "." + name);
	}

	private static Object _model(
			Bundle bundle, String interfaceName, Map<String, Object> answers)
		throws ClassNotFoundException {

		Map<String, Function<Object[], Object>> functions = new HashMap<>();

		answers.forEach((name, value) -> functions.put(name, arguments -> value));

		return _proxy(bundle, interfaceName, functions);
	}

	private static Object _only(
		long expectedPrimaryKey, Object primaryKey, Object answer) {

		if (!primaryKey.equals(expectedPrimaryKey)) {
			throw new AssertionError(
				"Asked for " + primaryKey + ", not " + expectedPrimaryKey);
		}

		return answer;
	}

	private static Object _persistence(
			Bundle bundle, String interfaceName, String methodName,
			Function<Object[], Object> answer)
		throws ClassNotFoundException {

		return _proxy(bundle, interfaceName, Map.of(methodName, answer));
	}

	/**
	 * A double of the bundle's own interface (the test's class path has other copies of these classes), which
	 * answers the named methods and fails on any other, so that a call this test did not foresee is reported.
	 */
	private static Object _proxy(
			Bundle bundle, String interfaceName,
			Map<String, Function<Object[], Object>> answers)
		throws ClassNotFoundException {

		Class<?> modelInterface = bundle.loadClass(interfaceName);

		return Proxy.newProxyInstance(
			modelInterface.getClassLoader(), new Class<?>[] {modelInterface},
			(proxy, method, arguments) -> {
				Function<Object[], Object> answer = answers.get(
					method.getName());

				if (answer != null) {
					return answer.apply(arguments);
				}

				if (method.getName().equals("hashCode")) {
					return System.identityHashCode(proxy);
				}

				if (method.getName().equals("equals")) {
					return proxy == arguments[0];
				}

				if (method.getName().equals("toString")) {
					return interfaceName + " double";
				}

				throw new UnsupportedOperationException(
					interfaceName + " double: " + method);
			});
	}

	private Object _aopService(String componentName) throws Exception {
		BundleContext bundleContext = _portalFramework.bundleContext();

		ServiceReference<?>[] serviceReferences =
			bundleContext.getAllServiceReferences(
				AopService.class.getName(),
				"(component.name=" + componentName + ")");

		assertEquals(1, serviceReferences.length, componentName);

		return bundleContext.getService(serviceReferences[0]);
	}

	private Bundle _bundle(String symbolicName) {
		return _bundles.stream(
		).filter(
			bundle -> symbolicName.equals(bundle.getSymbolicName())
		).findFirst(
		).orElseThrow();
	}

	private Object _certification(Date certifiedDate, Date validUntil)
		throws ClassNotFoundException {

		return _model(
			_bundle("se.livsviktig.instructor.api"),
			"se.livsviktig.instructor.model.Certification",
			Map.of(
				"getCertifiedDate", certifiedDate, "getValidUntil",
				validUntil));
	}

	private Object _certification(
			long holderUserId, Date certifiedDate, Date validUntil)
		throws ClassNotFoundException {

		Map<String, Object> answers = new HashMap<>();

		answers.put("getCertifiedDate", certifiedDate);
		answers.put("getHolderUserId", holderUserId);
		answers.put("getTrainingMethodId", _TRAINING_METHOD_ID);
		answers.put("getValidUntil", validUntil);

		Map<String, Function<Object[], Object>> functions = new HashMap<>();

		answers.forEach((name, value) -> functions.put(name, arguments -> value));

		return _proxy(
			_bundle("se.livsviktig.instructor.api"),
			"se.livsviktig.instructor.model.Certification", functions);
	}

	/**
	 * Accepts an invitation to the session through training's published service; the invitation is a double
	 * that keeps the status it is given, and whatever the service saves is added to the list.
	 *
	 * @return the invitation
	 */
	private Object _respondToInvitation(List<Object> saved) throws Exception {
		Bundle trainingApi = _bundle("se.livsviktig.training.api");

		int[] status = {SessionInstructorConstants.STATUS_INVITED};

		Map<String, Function<Object[], Object>> functions = new HashMap<>();

		functions.put("getCourseSessionId", arguments -> _COURSE_SESSION_ID);
		functions.put("getInstructorUserId", arguments -> _INSTRUCTOR_USER_ID);
		functions.put("getStatus", arguments -> status[0]);
		functions.put("setModifiedDate", arguments -> null);
		functions.put("setResponseDate", arguments -> null);
		functions.put(
			"setStatus",
			arguments -> {
				status[0] = (Integer)arguments[0];

				return null;
			});

		Object invitation = _proxy(
			trainingApi, "se.livsviktig.training.model.SessionInstructor",
			functions);

		Map<String, Function<Object[], Object>> persistence = new HashMap<>();

		persistence.put(
			"findByPrimaryKey",
			arguments -> _only(_INVITATION_ID, arguments[0], invitation));
		persistence.put(
			"update",
			arguments -> {
				saved.add(arguments[0]);

				return arguments[0];
			});

		_replace(
			_aopService(
				"se.livsviktig.training.service.impl." +
					"SessionInstructorLocalServiceImpl"),
			"sessionInstructorPersistence",
			_proxy(
				trainingApi,
				"se.livsviktig.training.service.persistence." +
					"SessionInstructorPersistence",
				persistence));

		BundleContext bundleContext = _portalFramework.bundleContext();

		Object sessionInstructorLocalService = bundleContext.getService(
			bundleContext.getAllServiceReferences(
				"se.livsviktig.training.service.SessionInstructorLocalService",
				null)[0]);

		Method respondToInvitation = trainingApi.loadClass(
			"se.livsviktig.training.service.SessionInstructorLocalService"
		).getMethod(
			"respondToInvitation", long.class, boolean.class
		);

		respondToInvitation.invoke(
			sessionInstructorLocalService, _INVITATION_ID, true);

		return invitation;
	}

	/**
	 * @return what training's published invitation service threw
	 */
	private Throwable _invite() throws Exception {
		BundleContext bundleContext = _portalFramework.bundleContext();

		ServiceReference<?>[] serviceReferences =
			bundleContext.getAllServiceReferences(
				"se.livsviktig.training.service.SessionInstructorLocalService",
				null);

		assertEquals(1, serviceReferences.length);

		Object sessionInstructorLocalService = bundleContext.getService(
			serviceReferences[0]);

		Class<?> serviceInterface = _bundle(
			"se.livsviktig.training.api"
		).loadClass(
			"se.livsviktig.training.service.SessionInstructorLocalService"
		);

		Method inviteInstructor = serviceInterface.getMethod(
			"inviteInstructor", long.class, long.class, long.class,
			String.class, ServiceContext.class);

		InvocationTargetException invocationTargetException = assertThrows(
			InvocationTargetException.class,
			() -> inviteInstructor.invoke(
				sessionInstructorLocalService, _COORDINATOR_USER_ID,
				_COURSE_SESSION_ID, _INSTRUCTOR_USER_ID, "Välkommen",
				new ServiceContext()));

		return invocationTargetException.getCause();
	}

	private void _replace(Object service, String fieldName, Object value)
		throws Exception {

		Field field = _field(service.getClass(), fieldName);

		field.setAccessible(true);

		Object original = field.get(service);

		field.set(service, value);

		_restores.add(
			() -> {
				try {
					field.set(service, original);
				}
				catch (IllegalAccessException illegalAccessException) {
					throw new IllegalStateException(illegalAccessException);
				}
			});
	}

	private static final long _COORDINATOR_USER_ID = 30001;

	private static final long _COURSE_SESSION_ID = 40001;

	private static final Date _FIRST_DAY_END = Date.from(
		Instant.parse("2027-03-10T15:00:00Z"));

	private static final Date _FIRST_DAY_START = Date.from(
		Instant.parse("2027-03-10T08:00:00Z"));

	private static final long _INSTRUCTOR_USER_ID = 30002;

	private static final long _INVITATION_ID = 60001;

	/**
	 * The standings' and this year's today: 45 days before the first licence period of a certification from
	 * 2026-01-15 ends.
	 */
	private static final Instant _NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final Date _SECOND_DAY_END = Date.from(
		Instant.parse("2027-03-17T15:00:00Z"));

	private static final Date _SECOND_DAY_START = Date.from(
		Instant.parse("2027-03-17T08:00:00Z"));

	/**
	 * CertificationConstants.STATE_ACTIVE, as the certification service asks for it.
	 */
	private static final int _STATE_ACTIVE =
		se.livsviktig.instructor.constants.CertificationConstants.STATE_ACTIVE;

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.instructor.api", "se.livsviktig.instructor.service",
		"se.livsviktig.instructor.uad");

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final long _TRAINING_METHOD_ID = 50001;

	private static List<Bundle> _bundles;
	private static InstructorPortalServiceDoubles _doubles;
	private static PortalFramework _portalFramework;

	private final List<Object> _activeCertifications = new ArrayList<>();
	private final List<Runnable> _restores = new ArrayList<>();
	private final List<Object> _staffingLookups = new ArrayList<>();

}
