package se.livsviktig.training.web.internal.certificate;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;

import java.text.Bidi;

/**
 * Splits a paragraph into its left-to-right and right-to-left runs with the JDK's Unicode bidi algorithm, so an
 * Arabic or Hebrew name is laid out right to left inside a Swedish or English sentence. The PDF writer's own
 * splitter treats everything as left to right; its ICU-based one would bring ICU4J (megabytes of data) into
 * the bundle, where the JDK already has the algorithm.
 *
 * @author Livsviktig
 */
public class JdkBidiSplitter implements BidiSplitter {

	public static final BidiSplitterFactory FACTORY = JdkBidiSplitter::new;

	@Override
	public int countTextRuns() {
		return _bidi.getRunCount();
	}

	@Override
	public byte getBaseDirection(String paragraph) {
		for (int i = 0; i < paragraph.length();) {
			int codePoint = paragraph.codePointAt(i);

			byte directionality = Character.getDirectionality(codePoint);

			if (directionality == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
				return LTR;
			}

			if ((directionality == Character.DIRECTIONALITY_RIGHT_TO_LEFT) ||
				(directionality ==
					Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)) {

				return RTL;
			}

			i += Character.charCount(codePoint);
		}

		return NEUTRAL;
	}

	/**
	 * The runs in logical order: the writer keys them by their start, so their order here does not matter.
	 */
	@Override
	public BidiTextRun getVisualRun(int index) {
		int start = _bidi.getRunStart(index);

		return new BidiTextRun(
			start, _bidi.getRunLimit(index) - start,
			((_bidi.getRunLevel(index) & 1) == 1) ? RTL : LTR);
	}

	@Override
	public void setParagraph(String paragraph, byte defaultDirection) {
		int flags = Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;

		if (defaultDirection == LTR) {
			flags = Bidi.DIRECTION_LEFT_TO_RIGHT;
		}
		else if (defaultDirection == RTL) {
			flags = Bidi.DIRECTION_RIGHT_TO_LEFT;
		}

		_bidi = new Bidi(paragraph, flags);
	}

	private Bidi _bidi;

}
