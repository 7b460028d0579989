package se.livsviktig.survey.web.internal.display.context;

/**
 * One question in the question editor: its place, its type, the preview as the answer page renders it, and
 * whether it can move up or down.
 *
 * @author Livsviktig
 */
public class QuestionCard {

	public QuestionCard(
		QuestionView questionView, int position, String typeKey, boolean first,
		boolean last, String editURL) {

		_questionView = questionView;
		_position = position;
		_typeKey = typeKey;
		_first = first;
		_last = last;
		_editURL = editURL;
	}

	public String getEditURL() {
		return _editURL;
	}

	/**
	 * @return the 1-based number the coordinator reads
	 */
	public int getNumber() {
		return _position + 1;
	}

	public int getPosition() {
		return _position;
	}

	public QuestionView getQuestionView() {
		return _questionView;
	}

	public String getTypeKey() {
		return _typeKey;
	}

	public boolean isFirst() {
		return _first;
	}

	public boolean isLast() {
		return _last;
	}

	private final String _editURL;
	private final boolean _first;
	private final boolean _last;
	private final int _position;
	private final QuestionView _questionView;
	private final String _typeKey;

}
