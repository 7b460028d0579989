package se.livsviktig.survey.web.internal.display.context;

import java.util.Map;

/**
 * The page that asks before anything is deleted: what goes (by its name), what goes with it, a POST form to the
 * delete action carrying the ids, and a way back that deletes nothing. A refusal of the delete (a survey or dispatch
 * in use, a locked survey) comes back here with its message.
 *
 * @author Livsviktig
 */
public class ConfirmDeleteDisplayContext {

	/**
	 * @param hiddenParameters the form's hidden fields, name to value, without the portlet's namespace
	 * @param errorKey the Language key of the refusal that brought the page back, or null
	 */
	public ConfirmDeleteDisplayContext(
		String headingKey, String name, String consequenceKey,
		String actionURL, Map<String, String> hiddenParameters,
		String cancelURL, String errorKey) {

		_headingKey = headingKey;
		_name = name;
		_consequenceKey = consequenceKey;
		_actionURL = actionURL;
		_hiddenParameters = hiddenParameters;
		_cancelURL = cancelURL;
		_errorKey = errorKey;
	}

	public String getActionURL() {
		return _actionURL;
	}

	public String getCancelURL() {
		return _cancelURL;
	}

	public String getConsequenceKey() {
		return _consequenceKey;
	}

	public String getErrorKey() {
		return _errorKey;
	}

	public String getHeadingKey() {
		return _headingKey;
	}

	public Map<String, String> getHiddenParameters() {
		return _hiddenParameters;
	}

	/**
	 * @return the name of what goes, as typed (the page escapes it)
	 */
	public String getName() {
		return _name;
	}

	private final String _actionURL;
	private final String _cancelURL;
	private final String _consequenceKey;
	private final String _errorKey;
	private final String _headingKey;
	private final Map<String, String> _hiddenParameters;
	private final String _name;

}
