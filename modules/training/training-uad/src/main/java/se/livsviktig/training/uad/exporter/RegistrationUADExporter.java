/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.uad.exporter;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.zip.ZipWriterFactory;
import com.liferay.user.associated.data.exporter.UADExporter;

import java.io.File;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.platform.uad.ExportDocument;
import se.livsviktig.platform.uad.RowsOfPerson;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Registration;

/**
 * Exports the registrations a person is part of. Their own: everything, including what a manager or
 * coordinator wrote about it. One they made for someone else, decided on as a manager or cancelled as a
 * coordinator is another person's: the export says what they did and when, and none of that person's text. The
 * generated export wrote the registrant's motivation, dietary needs and the comments on them into the export of
 * every manager who had reviewed the registration.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class RegistrationUADExporter extends BaseRegistrationUADExporter {

	/**
	 * The same rows and zip as the portal's own, with the exporting person known to each row's document.
	 */
	@Override
	public File exportAll(long userId, ZipWriterFactory zipWriterFactory)
		throws PortalException {

		return RowsOfPerson.export(
			getActionableDynamicQuery(userId),
			getZipWriter(
				userId, Registration.class.getName(), zipWriterFactory),
			(Registration registration) -> formatXML(
				toXmlString(registration, userId)));
	}

	/**
	 * A single registration exported without knowing who asks is exported for its registrant.
	 */
	@Override
	protected String toXmlString(Registration registration) {
		return toXmlString(registration, registration.getUserId());
	}

	protected String toXmlString(Registration registration, long userId) {
		if (registration.getUserId() == userId) {
			return super.toXmlString(registration);
		}

		ExportDocument exportDocument = new ExportDocument(
			Registration.class.getName());

		exportDocument.column(
			"registrationId", String.valueOf(registration.getRegistrationId()));

		if (registration.getRegisteredByUserId() == userId) {
			exportDocument.column(
				"registeredForSomeoneElseDate", registration.getCreateDate());
		}

		if (registration.getReviewerUserId() == userId) {
			exportDocument.column("reviewDate", registration.getReviewDate());
		}

		if ((registration.getCancelledByUserId() == userId) &&
			(registration.getStatus() ==
				RegistrationConstants.STATUS_CANCELLED)) {

			exportDocument.column(
				"cancellationDate", registration.getStatusDate());
		}

		return exportDocument.toXmlString();
	}

}
