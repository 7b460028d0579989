package se.livsviktig.careprogram.web.internal.display.context;

import java.util.List;
import java.util.Map;

import se.livsviktig.platform.web.GetFormTarget;

/**
 * The people picker of a programme: whom it picks for (the owner, or a contact), the words searched, the people
 * found, the GET form that searches and the POST that chooses, the way back to the programme, and a refusal of
 * the choice (its language key), if any.
 *
 * @author Livsviktig
 */
public class PersonPickerDisplayContext {

	public static final String ROLE_CONTACT = "contact";

	public static final String ROLE_OWNER = "owner";

	/**
	 * The owner of one of the programme's local routines (getLocalRoutineId).
	 */
	public static final String ROLE_ROUTINE_OWNER = "routineOwner";

	/**
	 * @return the role asked for, or the programme's owner for anything unknown
	 */
	public static String role(String role) {
		if (ROLE_CONTACT.equals(role) || ROLE_ROUTINE_OWNER.equals(role)) {
			return role;
		}

		return ROLE_OWNER;
	}

	public PersonPickerDisplayContext(
		long careProgramId, String careProgramTitle, String role,
		String keywords, List<PersonOption> personOptions, String searchURL,
		String chooseURL, String backURL, String errorKey) {

		this(
			careProgramId, 0, careProgramTitle, role, keywords, personOptions,
			searchURL, chooseURL, backURL, errorKey);
	}

	/**
	 * @param localRoutineId the routine whose owner is chosen, or 0 for the programme's owner or a contact
	 * @param title the programme's title, or for a routine the programme's title and the administration's name
	 */
	public PersonPickerDisplayContext(
		long careProgramId, long localRoutineId, String title, String role,
		String keywords, List<PersonOption> personOptions, String searchURL,
		String chooseURL, String backURL, String errorKey) {

		_localRoutineId = localRoutineId;

		_careProgramId = careProgramId;
		_careProgramTitle = title;
		_role = role;
		_keywords = keywords;
		_personOptions = personOptions;
		_searchTarget = new GetFormTarget(searchURL);
		_chooseURL = chooseURL;
		_backURL = backURL;
		_errorKey = errorKey;
	}

	public String getBackURL() {
		return _backURL;
	}

	public long getCareProgramId() {
		return _careProgramId;
	}

	public String getCareProgramTitle() {
		return _careProgramTitle;
	}

	public String getChooseURL() {
		return _chooseURL;
	}

	/**
	 * @return the language key of why the choice was refused, or null
	 */
	public String getErrorKey() {
		return _errorKey;
	}

	/**
	 * @return the page's heading key: choosing the owner, or adding a contact
	 */
	public String getHeadingKey() {
		if (isOwner()) {
			return "choose-the-owner-of-x";
		}

		return "add-a-contact-to-x";
	}

	public String getKeywords() {
		return _keywords;
	}

	public List<PersonOption> getPersonOptions() {
		return _personOptions;
	}

	public String getRole() {
		return _role;
	}

	public String getSearchAction() {
		return _searchTarget.getAction();
	}

	public Map<String, String> getSearchHiddenParameters() {
		return _searchTarget.getHiddenParameters();
	}

	/**
	 * @return the routine whose owner is chosen, or 0
	 */
	public long getLocalRoutineId() {
		return _localRoutineId;
	}

	/**
	 * @return whether an owner is chosen (the programme's or a routine's), not a contact added
	 */
	public boolean isOwner() {
		return !ROLE_CONTACT.equals(_role);
	}

	/**
	 * @return whether words were searched (and nobody found is "no match", not "type something")
	 */
	public boolean isSearched() {
		if ((_keywords == null) || _keywords.isBlank()) {
			return false;
		}

		return true;
	}

	private final String _backURL;
	private final long _careProgramId;
	private final String _careProgramTitle;
	private final String _chooseURL;
	private final String _errorKey;
	private final String _keywords;
	private final long _localRoutineId;
	private final List<PersonOption> _personOptions;
	private final String _role;
	private final GetFormTarget _searchTarget;

}
