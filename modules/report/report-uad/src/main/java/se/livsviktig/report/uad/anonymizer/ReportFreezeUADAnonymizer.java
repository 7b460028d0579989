/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.uad.anonymizer;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.user.associated.data.anonymizer.UADAnonymizer;

import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.platform.uad.UADLanguage;
import se.livsviktig.report.exception.RequiredReportFreezeException;
import se.livsviktig.report.model.ReportFreeze;

/**
 * A freeze is the municipality's evidence of what it reported, so erasing a person keeps it and its figures: who
 * froze it and who unfroze it (two user columns, each with its name) become the anonymous user, as the generated
 * rules do. The unfreeze reason stays as it was written: it is the log entry that says why reported figures were
 * withdrawn (issue 18: "unfreezing ... is logged"), the municipality's record rather than the coordinator's, as a
 * certification's state reason in the instructor app; DESIGN.md §5 deletes the free text a participant gave
 * about themselves, not a record kept for the report. It is exported to the person and shown on the erasure
 * screen, where an administrator who finds a name in it can read it before deciding.
 *
 * <p>
 * Deleting a freeze from the personal data screens is refused, as the portal's own message boards refuse to
 * delete a thread others answered: it would take the reported figures with it because one coordinator's data is
 * erased. The screen shows why and offers anonymising instead.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = UADAnonymizer.class)
public class ReportFreezeUADAnonymizer extends BaseReportFreezeUADAnonymizer {

	@Override
	public void delete(ReportFreeze reportFreeze) throws PortalException {
		throw new RequiredReportFreezeException(
			"Report freeze " + reportFreeze.getReportFreezeId() +
				" is the record of reported figures: anonymise it instead");
	}

	@Override
	public Map<Class<?>, String> getExceptionMessageMap(Locale locale) {
		return Map.of(
			RequiredReportFreezeException.class,
			UADLanguage.get(
				ReportFreezeUADAnonymizer.class, locale,
				"a-report-freeze-cannot-be-deleted-anonymise-it"));
	}

}
