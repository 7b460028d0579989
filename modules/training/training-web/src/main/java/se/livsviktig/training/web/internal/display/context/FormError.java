package se.livsviktig.training.web.internal.display.context;

/**
 * One message in a form's error summary: the language key and its arguments, and the id of the input it is
 * about (without the portlet namespace), so the summary can link to the field.
 *
 * @author Livsviktig
 */
public class FormError {

	public FormError(String fieldName, String messageKey, Object... arguments) {
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
