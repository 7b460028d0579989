package se.livsviktig.careprogram.web.internal.display.context;

/**
 * One refusal explained on a form: the language key and its arguments, and the id of the input it is about
 * (without the portlet namespace; null when no single field is at fault), so the error summary links to it and
 * the field shows it beside itself.
 *
 * @author Livsviktig
 */
public class FieldError {

	public FieldError(String fieldName, String messageKey, Object... arguments) {
		_fieldName = fieldName;
		_messageKey = messageKey;
		_arguments = arguments;
	}

	public Object[] getArguments() {
		return _arguments;
	}

	public String getFieldName() {
		return _fieldName;
	}

	public String getMessageKey() {
		return _messageKey;
	}

	private final Object[] _arguments;
	private final String _fieldName;
	private final String _messageKey;

}
