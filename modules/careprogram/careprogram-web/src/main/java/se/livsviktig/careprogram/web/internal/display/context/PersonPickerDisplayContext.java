package se.livsviktig.careprogram.web.internal.display.context;

import java.util.List;
import java.util.Map;

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

	public PersonPickerDisplayContext(
		long careProgramId, String careProgramTitle, String role,
		String keywords, List<PersonOption> personOptions, String searchURL,
		String chooseURL, String backURL, String errorKey) {

		_careProgramId = careProgramId;
		_careProgramTitle = careProgramTitle;
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

	public boolean isOwner() {
		return ROLE_OWNER.equals(_role);
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
	private final List<PersonOption> _personOptions;
	private final String _role;
	private final GetFormTarget _searchTarget;

}
