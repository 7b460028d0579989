package se.livsviktig.instructor.internal.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.sanitizer.Sanitizer;
import com.liferay.portal.kernel.sanitizer.SanitizerUtil;
import com.liferay.portal.kernel.util.ContentTypes;

import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * A meeting's agenda and notes are rich text from an editor: cleaned by the portal's sanitizer (as Blogs cleans
 * an entry's content: text/html, every mode) before they are kept, so the network page can print them as HTML.
 * Which sanitizer runs is the portal's configuration (AntiSamy in a standard install).
 *
 * @author Livsviktig
 */
public class MeetingTextCleaner {

	public String clean(
			long companyId, long groupId, long userId, long networkMeetingId,
			String html)
		throws PortalException {

		if (Texts.isBlank(html)) {
			return "";
		}

		return SanitizerUtil.sanitize(
			companyId, groupId, userId, NetworkMeeting.class.getName(),
			networkMeetingId, ContentTypes.TEXT_HTML, Sanitizer.MODE_ALL,
			html.trim(), null);
	}

}
