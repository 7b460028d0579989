package se.livsviktig.careprogram.test.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The review components come up in the careprogram bundles with the portal's services present: the article listener
 * and the owner-departure listener are offered to the portal as model listeners of JournalArticle and User, the
 * reminder job to the portal's scheduler, the bell handler under "Mina granskningar", and each becomes ACTIVE when
 * used, with the claim service, the deliveries and the configuration it needs.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class ReviewComponentsIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		CareProgramPortalServiceDoubles.registeredIn(portalFramework);

		List<Path> jars = new ArrayList<>();

		for (String symbolicName : _SYMBOLIC_NAMES) {
			Path jar = Path.of(System.getProperty("livsviktig.osgi.bundles"), symbolicName + ".jar");

			assertTrue(Files.isRegularFile(jar), "Not built: " + jar);

			jars.add(jar);
		}

		_bundles = portalFramework.installAndStart(jars);
	}

	@Test
	void everyReviewComponentActivatesWhenUsed() {
		List<String> notActive = _portalFramework.components(
		).notActiveWhenUsed(
			_bundles, componentDescriptionDTO -> _COMPONENTS.contains(componentDescriptionDTO.name)
		);

		assertTrue(notActive.isEmpty(), "Components that did not activate:\n" + String.join("\n", notActive));
	}

	@Test
	void everyReviewComponentIsActiveOrSatisfied() {
		ComponentStates componentStates = _portalFramework.components();

		for (String componentName : _COMPONENTS) {
			componentStates.assertActiveOrSatisfied(componentName);
		}
	}

	@Test
	void theListenersAreModelListenersOfTheArticleAndTheUser() throws Exception {
		assertEquals("com.liferay.journal.model.JournalArticle", _modelClassName(_ARTICLE_LISTENER));
		assertEquals("com.liferay.portal.kernel.model.User", _modelClassName(_OWNER_LISTENER));
	}

	@Test
	void theJobIsOfferedToTheSchedulerAndTheHandlerToTheBell() throws Exception {
		ServiceReference<?> jobReference = _onlyReference(
			"com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration", "(component.name=" + _JOB + ")");

		assertNotNull(_portalFramework.bundleContext().getService(jobReference));

		ServiceReference<?> handlerReference = _onlyReference(
			"com.liferay.portal.kernel.notifications.UserNotificationHandler", "(component.name=" + _HANDLER + ")");

		assertEquals(
			"se_livsviktig_careprogram_web_internal_portlet_MyReviewsPortlet",
			handlerReference.getProperty("javax.portlet.name"));
		assertNotNull(_portalFramework.bundleContext().getService(handlerReference));
	}

	/**
	 * The model a listener is registered for, read as the portal's ModelListenerRegistrationUtil reads it: its
	 * getModelClass(), or when that is null (BaseModelListener's) the type argument of its generic superclass.
	 */
	private static String _modelClassName(String componentName) throws Exception {
		Object modelListener = _portalFramework.bundleContext(
		).getService(
			_onlyReference("com.liferay.portal.kernel.model.ModelListener", "(component.name=" + componentName + ")")
		);

		assertNotNull(modelListener, componentName);

		Class<?> modelClass = (Class<?>)modelListener.getClass(
		).getMethod(
			"getModelClass"
		).invoke(
			modelListener
		);

		if (modelClass != null) {
			return modelClass.getName();
		}

		ParameterizedType parameterizedType = (ParameterizedType)modelListener.getClass(
		).getGenericSuperclass();

		return ((Class<?>)parameterizedType.getActualTypeArguments()[0]).getName();
	}

	private static ServiceReference<?> _onlyReference(String interfaceName, String filter) throws Exception {
		ServiceReference<?>[] serviceReferences = _portalFramework.bundleContext(
		).getServiceReferences(
			interfaceName, filter
		);

		assertNotNull(serviceReferences, interfaceName + " " + filter);
		assertEquals(1, serviceReferences.length, interfaceName + " " + filter);

		return serviceReferences[0];
	}

	private static final String _ARTICLE_LISTENER =
		"se.livsviktig.careprogram.service.internal.review.JournalArticleReviewModelListener";

	private static final String _HANDLER =
		"se.livsviktig.careprogram.service.internal.notifications.ReviewUserNotificationHandler";

	private static final String _JOB =
		"se.livsviktig.careprogram.service.internal.scheduler.SendReviewRemindersSchedulerJobConfiguration";

	private static final String _OWNER_LISTENER =
		"se.livsviktig.careprogram.service.internal.owner.OwnerDepartureModelListener";

	private static final List<String> _COMPONENTS = List.of(
		_ARTICLE_LISTENER, _HANDLER, _JOB, _OWNER_LISTENER,
		"se.livsviktig.careprogram.service.internal.notice.BellReviewNoticeDelivery",
		"se.livsviktig.careprogram.service.internal.notice.EmailReviewNoticeDelivery",
		"se.livsviktig.careprogram.service.internal.notice.ReviewNoticeDispatcher",
		"se.livsviktig.careprogram.service.internal.notice.ReviewReminders",
		"se.livsviktig.careprogram.service.internal.notice.ReviewedTextNames",
		"se.livsviktig.careprogram.service.internal.owner.OwnerDepartures",
		"se.livsviktig.careprogram.service.internal.review.ApprovedArticleVersions",
		"se.livsviktig.careprogram.service.impl.ReviewNoticeLocalServiceImpl",
		"se.livsviktig.careprogram.service.internal.review.CompanyReviewSchedule");

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service", "se.livsviktig.careprogram.api",
		"se.livsviktig.careprogram.service", "se.livsviktig.careprogram.uad");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
