package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * An import of participants without a list to import: no file, an unreadable one, or nothing pasted.
 *
 * @author Livsviktig
 */
public class ParticipantListMissingException extends PortalException {

	public ParticipantListMissingException(String msg) {
		super(msg);
	}

	public ParticipantListMissingException(Throwable throwable) {
		super(throwable);
	}

}
