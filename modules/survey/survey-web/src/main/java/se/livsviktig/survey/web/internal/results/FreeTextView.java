package se.livsviktig.survey.web.internal.results;

import java.util.Collections;
import java.util.List;

/**
 * A free-text question's answers as a results page shows them: none at all
 * for a reader without VIEW_FREE_TEXT (the page says that permission is
 * needed), otherwise the first few answers in the open and the rest behind
 * one plain disclosure, so a long list does not push the next question off
 * the page. The answers come from the results service, which already left out
 * every group below the minimum.
 */
public class FreeTextView {

	/**
	 * How many answers show before the rest fold away
	 */
	public static final int SHOWN_ANSWERS = 10;

	public static FreeTextView notPermitted() {
		return new FreeTextView(false, Collections.emptyList());
	}

	public static FreeTextView of(List<String> answers) {
		return new FreeTextView(true, answers);
	}

	public int getAnswerCount() {
		return _answers.size();
	}

	public List<String> getFoldedAnswers() {
		if (_answers.size() <= SHOWN_ANSWERS) {
			return Collections.emptyList();
		}

		return _answers.subList(SHOWN_ANSWERS, _answers.size());
	}

	public List<String> getShownAnswers() {
		return _answers.subList(0, Math.min(SHOWN_ANSWERS, _answers.size()));
	}

	public boolean isPermitted() {
		return _permitted;
	}

	private FreeTextView(boolean permitted, List<String> answers) {
		_permitted = permitted;
		_answers = List.copyOf(answers);
	}

	private final List<String> _answers;
	private final boolean _permitted;

}
