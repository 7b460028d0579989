package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.util.Validator;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.training.model.CourseSession;

/**
 * Where a session is held, as one line: its venue, address and locality, those that are given, in that order.
 *
 * @author Livsviktig
 */
public class SessionPlace {

	public static String of(CourseSession courseSession) {
		List<String> parts = new ArrayList<>();

		for (String part :
				new String[] {
					courseSession.getVenueName(),
					courseSession.getVenueAddress(), courseSession.getLocality()
				}) {

			if (Validator.isNotNull(part)) {
				parts.add(part);
			}
		}

		return String.join(", ", parts);
	}

	private SessionPlace() {
	}

}
