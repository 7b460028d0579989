/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.uad.display;

import com.liferay.user.associated.data.display.UADDisplay;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.uad.text.CertificationStateName;
import se.livsviktig.platform.uad.DisplayDate;
import se.livsviktig.platform.uad.UADLanguage;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Shows a person's certifications in the portal's personal data screens the way a coordinator knows them: the
 * method by name, the days in the reader's language, the state in words. Values are handed over as text and
 * not escaped here: the portal escapes every field value it prints (its SafeDisplayValueUtil), and escaping
 * twice would show an issuer's ampersand as its entity code. The type name, which the portal prints as it is,
 * comes from this bundle's Language files only.
 *
 * @author Livsviktig
 */
@Component(service = UADDisplay.class)
public class CertificationUADDisplay extends BaseCertificationUADDisplay {

	@Override
	public String[] getDisplayFieldNames() {
		return new String[] {
			"trainingMethod", "certifiedDate", "validUntil", "issuer", "number",
			"state", "stateReason"
		};
	}

	@Override
	public Map<String, Object> getFieldValues(
		Certification certification, String[] fieldNames, Locale locale) {

		Map<String, Object> fieldValues = new LinkedHashMap<>();

		for (String fieldName : fieldNames) {
			fieldValues.put(
				fieldName, _fieldValue(certification, fieldName, locale));
		}

		return fieldValues;
	}

	/**
	 * Only real columns: the screen orders by a sorting field through the database, and the method's name is
	 * not a column of the certification.
	 */
	@Override
	public String[] getSortingFieldNames() {
		return new String[] {
			"createDate", "modifiedDate", "certifiedDate", "validUntil",
			"issuer", "number", "state"
		};
	}

	@Override
	public String getTypeName(Locale locale) {
		return UADLanguage.get(
			CertificationUADDisplay.class, locale,
			"model.resource." + Certification.class.getName());
	}

	/**
	 * The text columns a keyword search can match in the database.
	 */
	@Override
	protected String[] getSearchableFields() {
		return new String[] {"issuer", "number", "stateReason"};
	}

	private String _fieldValue(
		Certification certification, String fieldName, Locale locale) {

		if (fieldName.equals("trainingMethod")) {
			TrainingMethod trainingMethod =
				_trainingMethodLocalService.fetchTrainingMethod(
					certification.getTrainingMethodId());

			if (trainingMethod == null) {
				return String.valueOf(certification.getTrainingMethodId());
			}

			return trainingMethod.getName(locale);
		}

		if (fieldName.equals("certifiedDate")) {
			return DisplayDate.format(certification.getCertifiedDate(), locale);
		}

		if (fieldName.equals("validUntil")) {
			if (certification.getValidUntil() == null) {
				return UADLanguage.get(
					CertificationUADDisplay.class, locale,
					"certification-valid-until-further-notice");
			}

			return DisplayDate.format(certification.getValidUntil(), locale);
		}

		if (fieldName.equals("issuer")) {
			return certification.getIssuer();
		}

		if (fieldName.equals("number")) {
			return certification.getNumber();
		}

		if (fieldName.equals("state")) {
			return UADLanguage.get(
				CertificationUADDisplay.class, locale,
				CertificationStateName.languageKey(certification.getState()));
		}

		if (fieldName.equals("stateReason")) {
			return certification.getStateReason();
		}

		return null;
	}

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
