/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.exporter;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.zip.ZipWriterFactory;
import com.liferay.user.associated.data.exporter.UADExporter;

import java.io.File;

import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.uad.text.CertificationStateName;
import se.livsviktig.platform.uad.ExportDocument;
import se.livsviktig.platform.uad.RowsOfPerson;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Exports the certifications a person is part of. Their own (they are the holder): the method by name, the days,
 * issuer, number, state and its reason. One they entered or whose state they set as a coordinator is someone
 * else's licence: the export says what they did and when, and nothing about the holder (no number, issuer or
 * reason). The generated export wrote the same columns whoever asked, so a coordinator's export would have
 * carried every licence they had ever entered.
 *
 * @author Livsviktig
 */
@Component(service = UADExporter.class)
public class CertificationUADExporter extends BaseCertificationUADExporter {

	/**
	 * The same rows and zip as the portal's own, with the exporting person known to each row's document.
	 */
	@Override
	public File exportAll(long userId, ZipWriterFactory zipWriterFactory)
		throws PortalException {

		return RowsOfPerson.export(
			getActionableDynamicQuery(userId),
			getZipWriter(
				userId, Certification.class.getName(), zipWriterFactory),
			(Certification certification) -> formatXML(
				toXmlString(certification, userId)));
	}

	/**
	 * A single row exported without knowing who asks is exported for its holder.
	 */
	@Override
	protected String toXmlString(Certification certification) {
		return toXmlString(certification, certification.getHolderUserId());
	}

	protected String toXmlString(Certification certification, long userId) {
		ExportDocument exportDocument = new ExportDocument(
			Certification.class.getName());

		exportDocument.column(
			"certificationId",
			String.valueOf(certification.getCertificationId()));

		if (certification.getHolderUserId() == userId) {
			return _holderColumns(
				exportDocument, certification
			).toXmlString();
		}

		if (certification.getUserId() == userId) {
			exportDocument.column("enteredDate", certification.getCreateDate());
		}

		if (certification.getStateByUserId() == userId) {
			exportDocument.column(
				"stateSet", CertificationStateName.of(certification.getState()));
			exportDocument.column("stateDate", certification.getStateDate());
		}

		return exportDocument.toXmlString();
	}

	private ExportDocument _holderColumns(
		ExportDocument exportDocument, Certification certification) {

		TrainingMethod trainingMethod =
			_trainingMethodLocalService.fetchTrainingMethod(
				certification.getTrainingMethodId());

		if (trainingMethod != null) {
			for (Map.Entry<Locale, String> entry :
					trainingMethod.getNameMap(
					).entrySet()) {

				exportDocument.column(
					"trainingMethod" + StringPool.UNDERLINE + entry.getKey(),
					entry.getValue());
			}
		}

		exportDocument.column(
			"certifiedDate", certification.getCertifiedDate());

		// An open-ended certification has no end: say so, rather than leave a blank a reader might take for
		// missing data.

		if (certification.getValidUntil() == null) {
			exportDocument.column("validUntil", "open-ended");
		}
		else {
			exportDocument.column("validUntil", certification.getValidUntil());
		}

		exportDocument.column("issuer", certification.getIssuer());
		exportDocument.column("number", certification.getNumber());
		exportDocument.column(
			"state", CertificationStateName.of(certification.getState()));
		exportDocument.column("stateDate", certification.getStateDate());
		exportDocument.column("stateReason", certification.getStateReason());

		if (certification.getRenewedCertificationId() > 0) {
			exportDocument.column(
				"renewedCertificationId",
				String.valueOf(certification.getRenewedCertificationId()));
		}

		return exportDocument;
	}

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
