package se.livsviktig.careprogram.service.internal.notice;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;

/**
 * The name a notice gives the text it is about, in the reader's language: the programme's title, and for a
 * routine also its administration ("Självskadebeteende – Socialförvaltningen"). Read when the notice is worded,
 * so a renamed programme shows its new name under the bell.
 *
 * @author Livsviktig
 */
@Component(service = ReviewedTextNames.class)
public class ReviewedTextNames {

	/**
	 * @return the name, or blank when the programme was deleted since
	 */
	public String getName(
		long careProgramId, long localRoutineId, Locale locale) {

		CareProgram careProgram = _careProgramLocalService.fetchCareProgram(
			careProgramId);

		if (careProgram == null) {
			return "";
		}

		String title = careProgram.getTitle(locale);

		if (localRoutineId <= 0) {
			return title;
		}

		LocalRoutine localRoutine = _localRoutineLocalService.fetchLocalRoutine(
			localRoutineId);

		if (localRoutine == null) {
			return title;
		}

		Organization organization =
			_organizationLocalService.fetchOrganization(
				localRoutine.getOrganizationId());

		if (organization == null) {
			return title;
		}

		return title + " – " + organization.getName();
	}

	@Reference
	private CareProgramLocalService _careProgramLocalService;

	@Reference
	private LocalRoutineLocalService _localRoutineLocalService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

}
