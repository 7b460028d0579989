package se.livsviktig.instructor.internal.notifications;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.HtmlUtil;

import java.time.LocalDate;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeKinds;
import se.livsviktig.instructor.internal.notice.CertificationNoticeKinds;
import se.livsviktig.instructor.internal.notice.CertificationNoticeTexts;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Shows certification notices under the portal's bell, worded in the reader's language at the time they read it
 * (the entry holds facts, not text), escaped: a method's name is text, never markup. Meeting notices share the
 * app's notification type (the instructor's page, where meetings are answered), so they come here too and are
 * worded by MeetingNoticeBellText: the portal keeps one handler per type.
 *
 * @author Livsviktig
 */
@Component(
	property = "javax.portlet.name=" + CertificationNoticeKinds.PORTLET_ID,
	service = UserNotificationHandler.class
)
public class CertificationUserNotificationHandler
	extends BaseUserNotificationHandler {

	public CertificationUserNotificationHandler() {
		setPortletId(CertificationNoticeKinds.PORTLET_ID);
	}

	@Override
	protected String getBody(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		JSONObject payloadJSONObject = _jsonFactory.createJSONObject(
			userNotificationEvent.getPayload());

		if (MeetingNoticeKinds.isMeetingNotice(
				payloadJSONObject.getString("noticeKind"))) {

			return _meetingNoticeBellText.getBody(
				payloadJSONObject, serviceContext, _networkMeetingLocalService);
		}

		Locale locale = serviceContext.getLocale();

		return HtmlUtil.escape(
			_texts.getSubject(
				payloadJSONObject.getString("noticeKind"), locale,
				_getMethodName(
					payloadJSONObject.getLong("trainingMethodId"), locale),
				_day(payloadJSONObject.getString("validUntil")),
				_day(payloadJSONObject.getString("deadline")),
				payloadJSONObject.getInt("sessionsStillNeeded")));
	}

	/**
	 * No link yet: the instructor's own page, where a certification is renewed, comes with the app's web bundle.
	 */
	@Override
	protected String getLink(
		UserNotificationEvent userNotificationEvent,
		ServiceContext serviceContext) {

		return StringPool.BLANK;
	}

	/**
	 * @return the day, or <code>null</code> for an entry without it (an open-ended certification, a reminder)
	 */
	private static LocalDate _day(String day) {
		if ((day == null) || day.isEmpty()) {
			return null;
		}

		return LocalDate.parse(day);
	}

	private String _getMethodName(long trainingMethodId, Locale locale) {
		TrainingMethod trainingMethod =
			_trainingMethodLocalService.fetchTrainingMethod(trainingMethodId);

		if (trainingMethod == null) {
			return StringPool.BLANK;
		}

		return trainingMethod.getName(locale);
	}

	@Reference
	private JSONFactory _jsonFactory;

	MeetingNoticeBellText _meetingNoticeBellText = new MeetingNoticeBellText();

	@Reference
	private NetworkMeetingLocalService _networkMeetingLocalService;

	CertificationNoticeTexts _texts = new CertificationNoticeTexts();

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
