package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;
import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * The coordinators' page of a session's participants is published for the coordinators' app
 * ("Livsviktig – Utbildning"), whose session list links to it: one render command, one action command per
 * change, one resource command per export, each found by the app's portlet name and its command name, from
 * the web bundle, and nowhere else.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class SessionParticipantsCommandsIT {

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;

		TrainingPortal.in(portalFramework);
	}

	@Test
	void everyActionCommandIsRegisteredForTheAppOnly() {
		for (String commandName :
				new String[] {
					"/training/admin/add_session_participant",
					"/training/admin/approve_session_participant",
					"/training/admin/cancel_session_participant",
					"/training/admin/decline_session_participant",
					"/training/admin/import_session_participants",
					"/training/admin/invite_session_instructor",
					"/training/admin/message_session_participants",
					"/training/admin/move_session_participant",
					"/training/admin/move_waitlist_position",
					"/training/admin/withdraw_session_instructor"
				}) {

			_assertForTheAppOnly(MVCActionCommand.class, commandName);
		}
	}

	@Test
	void theExportsAreResourceCommandsOfTheApp() {
		for (String commandName :
				new String[] {
					"/training/admin/export_session_participants_csv",
					"/training/admin/export_session_participants_xlsx"
				}) {

			_assertForTheAppOnly(MVCResourceCommand.class, commandName);
		}
	}

	@Test
	void theParticipantsPageAnswersTheLinkOfTheSessionList() {
		ServiceReference<MVCRenderCommand> serviceReference =
			_assertForTheAppOnly(
				MVCRenderCommand.class,
				"/training/admin/view_session_participants");

		assertEquals(
			"/training/admin/view_session_participants",
			serviceReference.getProperty("mvc.command.name"),
			"not the app's default view: the sessions list is");
	}

	private static <T> ServiceReference<T> _assertForTheAppOnly(
		Class<T> type, String commandName) {

		List<ServiceReference<T>> serviceReferences =
			_portalFramework.serviceReferences(
				type,
				"(&(javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN +
					")(mvc.command.name=" + commandName + "))");

		assertEquals(
			1, serviceReferences.size(),
			commandName + ": " + serviceReferences);

		ServiceReference<T> serviceReference = serviceReferences.get(0);

		assertAll(
			() -> assertEquals(
				TrainingBundles.WEB,
				serviceReference.getBundle(
				).getSymbolicName(),
				() -> Arrays.toString(
					(String[])serviceReference.getProperty(
						Constants.OBJECTCLASS))),
			() -> assertEquals(
				1,
				_portalFramework.serviceReferences(
					type, "(mvc.command.name=" + commandName + ")"
				).size(),
				commandName + " belongs to the coordinators' app only"));

		return serviceReference;
	}

	private static PortalFramework _portalFramework;

}
