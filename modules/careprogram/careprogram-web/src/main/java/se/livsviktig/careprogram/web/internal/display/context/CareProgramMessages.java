package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.portlet.PortletRequest;

/**
 * What the care programme actions leave in SessionMessages, and the sentence the page they land on says about
 * it.
 *
 * @author Livsviktig
 */
public class CareProgramMessages {

	public static final String CARE_PROGRAM_SAVED = "careProgramSaved";

	public static final String LOCAL_ROUTINE_SAVED = "localRoutineSaved";

	public static final String NATIONAL_CARE_PROGRAMS_ADDED =
		"nationalCareProgramsAdded";

	public static final String REVIEW_CONFIRMED = "reviewConfirmed";

	public static final String TARGET_GROUP_VOCABULARY_ADDED =
		"targetGroupVocabularyAdded";

	public static final String CARE_PROGRAM_DELETED = "careProgramDeleted";

	public static final String LOCAL_ROUTINE_DELETED = "localRoutineDeleted";

	public static final String CONTACT_ADDED = "contactAdded";

	public static final String OWNER_CHOSEN = "ownerChosen";

	/**
	 * @return the language key of what the last action did, or null
	 */
	public static String getSuccessMessageKey(PortletRequest portletRequest) {
		for (Map.Entry<String, String> entry : _MESSAGE_KEYS.entrySet()) {
			if (SessionMessages.contains(portletRequest, entry.getKey())) {
				return entry.getValue();
			}
		}

		return null;
	}

	private static final Map<String, String> _MESSAGE_KEYS =
		new LinkedHashMap<>();

	static {
		_MESSAGE_KEYS.put(CARE_PROGRAM_SAVED, "the-programme-was-saved");
		_MESSAGE_KEYS.put(LOCAL_ROUTINE_SAVED, "the-local-routine-was-saved");
		_MESSAGE_KEYS.put(
			NATIONAL_CARE_PROGRAMS_ADDED,
			"the-national-programmes-were-added");
		_MESSAGE_KEYS.put(
			REVIEW_CONFIRMED, "your-review-was-saved-the-next-one-is-due-later");
		_MESSAGE_KEYS.put(
			TARGET_GROUP_VOCABULARY_ADDED,
			"the-target-group-vocabulary-was-added");
		_MESSAGE_KEYS.put(CARE_PROGRAM_DELETED, "the-programme-was-deleted");
		_MESSAGE_KEYS.put(
			LOCAL_ROUTINE_DELETED, "the-local-routine-was-deleted");
		_MESSAGE_KEYS.put(OWNER_CHOSEN, "the-owner-was-chosen");
		_MESSAGE_KEYS.put(CONTACT_ADDED, "the-contact-was-added");
	}

}
