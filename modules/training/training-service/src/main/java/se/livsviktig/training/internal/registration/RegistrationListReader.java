package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Validator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.registration.RegistrationImportRow;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * Reads a coordinator's list of people to register, as pasted from a spreadsheet or uploaded as CSV: one
 * person per line by e-mail address or screen name, in the first column (comma or semicolon separated, as
 * Swedish Excel writes it). A header line and blank lines are skipped. Each line gets a verdict.
 *
 * @author Livsviktig
 */
@Component(service = RegistrationListReader.class)
public class RegistrationListReader {

	public List<RegistrationImportRow> read(
			CourseSession courseSession, String csv,
			Collection<Long> audienceOrganizationIds)
		throws PortalException {

		List<RegistrationImportRow> rows = new ArrayList<>();

		if (csv == null) {
			return rows;
		}

		Set<Long> seenUserIds = new HashSet<>();

		String[] lines = csv.split("\\r?\\n");

		for (int i = 0; i < lines.length; i++) {
			String value = _firstCell(lines[i]);

			if (Validator.isNull(value) || _isHeader(value)) {
				continue;
			}

			User user = _findUser(courseSession.getCompanyId(), value);

			int lineNumber = i + 1;

			if ((user == null) || !user.isActive()) {
				rows.add(
					new RegistrationImportRow(
						lineNumber, value, 0, null,
						RegistrationImportRow.UNKNOWN_USER));

				continue;
			}

			rows.add(
				new RegistrationImportRow(
					lineNumber, value, user.getUserId(), user.getFullName(),
					_verdict(
						courseSession, user, audienceOrganizationIds,
						seenUserIds)));
		}

		return rows;
	}

	private User _findUser(long companyId, String value) {
		if (value.contains("@")) {
			return _userLocalService.fetchUserByEmailAddress(companyId, value);
		}

		return _userLocalService.fetchUserByScreenName(companyId, value);
	}

	private String _firstCell(String line) {
		String cell = line.split(
			"[,;\\t]", -1
		)[0].trim();

		if ((cell.length() >= 2) && cell.startsWith("\"") &&
			cell.endsWith("\"")) {

			cell = cell.substring(1, cell.length() - 1);
		}

		return cell.trim();
	}

	private boolean _isHeader(String value) {
		String lowerCase = value.toLowerCase(Locale.ROOT);

		if (lowerCase.equals("e-post") || lowerCase.equals("epost") ||
			lowerCase.equals("email") || lowerCase.equals("e-mail") ||
			lowerCase.equals("screen name") || lowerCase.equals("användarnamn")) {

			return true;
		}

		return false;
	}

	private String _verdict(
			CourseSession courseSession, User user,
			Collection<Long> audienceOrganizationIds, Set<Long> seenUserIds)
		throws PortalException {

		if (!seenUserIds.add(user.getUserId())) {
			return RegistrationImportRow.DUPLICATE_IN_LIST;
		}

		if (_registrationPersistence.fetchByCS_AK(
				courseSession.getCourseSessionId(), user.getUserId()) != null) {

			return RegistrationImportRow.ALREADY_REGISTERED;
		}

		if (!Bookability.isInAudience(
				audienceOrganizationIds,
				_organizationTree.getMemberships(user.getUserId()))) {

			return RegistrationImportRow.NOT_IN_AUDIENCE;
		}

		return RegistrationImportRow.OK;
	}

	@Reference
	private OrganizationTree _organizationTree;

	@Reference
	private RegistrationPersistence _registrationPersistence;

	@Reference
	private UserLocalService _userLocalService;

}
