package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.model.CourseSession;

/**
 * A session's place reads venue, address and locality in that order, leaving out what is not given.
 *
 * @author Livsviktig
 */
public class SessionPlaceTest {

	@Test
	public void eachGivenPartInOrder() {
		assertEquals(
			"Folkets hus, Storgatan 1, Solna",
			SessionPlace.of(
				_courseSession("Folkets hus", "Storgatan 1", "Solna")));
	}

	@Test
	public void partsNotGivenAreLeftOut() {
		assertEquals(
			"Storgatan 1, Solna",
			SessionPlace.of(_courseSession(null, "Storgatan 1", "Solna")));
		assertEquals("", SessionPlace.of(_courseSession("", null, " ")));
	}

	private CourseSession _courseSession(
		String venueName, String venueAddress, String locality) {

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getVenueName()
		).thenReturn(
			venueName
		);
		when(
			courseSession.getVenueAddress()
		).thenReturn(
			venueAddress
		);
		when(
			courseSession.getLocality()
		).thenReturn(
			locality
		);

		return courseSession;
	}

}
