/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */
package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Generated once by Service Builder and then kept by hand (it never rewrites an existing exception): the refusal
 * names the training method and the first date the instructor is not certified on, so the page can say both.
 *
 * @author Livsviktig
 */
public class InstructorNotQualifiedException extends PortalException {

	public InstructorNotQualifiedException() {
	}

	/**
	 * @param trainingMethodNameMap the method's name per locale; <code>defaultLocale</code>'s is used for any other
	 * @param unqualifiedDate the first date the instructor is not certified on, or <code>null</code> when the
	 *        session has no dates yet
	 */
	public InstructorNotQualifiedException(
		String msg, Map<Locale, String> trainingMethodNameMap,
		Locale defaultLocale, Date unqualifiedDate) {

		super(msg);

		_trainingMethodNameMap = new HashMap<>(trainingMethodNameMap);
		_defaultLocale = defaultLocale;

		if (unqualifiedDate != null) {
			_unqualifiedDate = new Date(unqualifiedDate.getTime());
		}
	}

	public InstructorNotQualifiedException(String msg) {
		super(msg);
	}

	public InstructorNotQualifiedException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public InstructorNotQualifiedException(Throwable throwable) {
		super(throwable);
	}

	/**
	 * @return the method's name in the locale, else in the method's default locale, else <code>null</code> when
	 *         the refusal did not name a method
	 */
	public String getTrainingMethodName(Locale locale) {
		String name = _trainingMethodNameMap.get(locale);

		if ((name == null) || name.isEmpty()) {
			name = _trainingMethodNameMap.get(_defaultLocale);
		}

		return name;
	}

	/**
	 * @return the first date the instructor is not certified on, or <code>null</code> when the refusal names none
	 */
	public Date getUnqualifiedDate() {
		if (_unqualifiedDate == null) {
			return null;
		}

		return new Date(_unqualifiedDate.getTime());
	}

	private Locale _defaultLocale;
	private Map<Locale, String> _trainingMethodNameMap = Collections.emptyMap();
	private Date _unqualifiedDate;

}
