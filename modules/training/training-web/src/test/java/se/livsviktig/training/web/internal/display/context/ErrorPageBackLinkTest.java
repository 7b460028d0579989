package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * @author Livsviktig
 */
public class ErrorPageBackLinkTest {

	@Test
	public void fromTheCoordinatorsAppTheWayBackIsToTheSessions() {
		assertEquals(
			"back-to-the-sessions",
			ErrorPageBackLink.getMessageKey(TrainingPortletKeys.TRAINING_ADMIN));
	}

	@Test
	public void fromTheCatalogueTheWayBackIsToTheCatalogue() {
		assertEquals(
			"back-to-the-course-catalogue",
			ErrorPageBackLink.getMessageKey(
				TrainingPortletKeys.COURSE_CATALOG));
	}

}
