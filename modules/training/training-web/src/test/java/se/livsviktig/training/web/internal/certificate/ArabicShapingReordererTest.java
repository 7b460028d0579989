package se.livsviktig.training.web.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Arabic letters take the form their neighbours ask for, and a right-to-left run is drawn reversed with its
 * brackets mirrored; deshaping gives back the letters a person typed.
 *
 * @author Livsviktig
 */
public class ArabicShapingReordererTest {

	@Test
	public void lettersJoinTheirNeighbours() {

		// meem initial, hah medial, meem medial, dal final (dal never joins the next letter)

		assertEquals("\uFEE3\uFEA4\uFEE4\uFEAA", _shape("محمد"));

		// alef isolated, lam initial, lam medial, heh final

		assertEquals("\uFE8D\uFEDF\uFEE0\uFEEA", _shape("الله"));

		// after dal, which does not join forwards, a new word shape starts: alef isolated, dal isolated

		assertEquals("\uFE8D\uFEA9", _shape("اد"));
	}

	@Test
	public void lamAndAlefBecomeOneLigature() {
		assertEquals("\uFEFB", _shape("لا"));

		// seen initial, lam-alef final, meem isolated

		assertEquals("\uFEB3\uFEFC\uFEE1", _shape("سلام"));
	}

	@Test
	public void vowelMarksDoNotBreakTheJoin() {
		assertEquals("\uFEE3\u064E\uFEA4\uFEE4\uFEAA", _shape("مَحمد"));
	}

	@Test
	public void otherTextIsLeftAlone() {
		assertEquals("Åsa (MHFA) 2027", _shape("Åsa (MHFA) 2027"));
	}

	@Test
	public void aRunIsReversedWithItsBracketsMirrored() {
		assertEquals(
			"(ba) c", _arabicShapingReorderer.reorderRTLTextToLTR("c (ab)"));
	}

	@Test
	public void deshapingGivesBackTheTypedLetters() {
		assertEquals(
			"محمد سلام",
			_arabicShapingReorderer.deshapeText(_shape("محمد سلام")));
	}

	private String _shape(String text) {
		return _arabicShapingReorderer.shapeText(text);
	}

	private final ArabicShapingReorderer _arabicShapingReorderer =
		new ArabicShapingReorderer();

}
