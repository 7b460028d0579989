package se.livsviktig.careprogram.internal.validation;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.CareProgram;

/**
 * @author Livsviktig
 */
public class ValidCareProgramTest {

	@Test
	public void theKeywordSearchTextFollowsTheTitlesWhereverTheyAreSet() {
		CareProgram careProgram = mock(CareProgram.class);

		Map<Locale, String> titles = Map.of(
			new Locale("sv", "SE"), "Ätstörningar", Locale.US,
			"Eating disorders");

		new ValidCareProgram(
			titles, "https://www.vardochinsats.se/atstorningar", 301, 12
		).copyTo(
			careProgram
		);

		verify(careProgram).setTitleMap(titles);
		verify(careProgram).setTitleSearch("eating disorders\nätstörningar");
		verify(careProgram).setArticleResourcePrimKey(0);
		verify(careProgram).setNationalURL(
			"https://www.vardochinsats.se/atstorningar");
		verify(careProgram).setOwnerUserId(301);
		verify(careProgram).setReviewIntervalMonths(12);
	}

}
