/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * A training method rule outside its allowed range. Carries the field and the range so the form can say
 * which value to correct and what is allowed.
 *
 * @author Livsviktig
 */
public class TrainingMethodRuleException extends PortalException {

	public TrainingMethodRuleException() {
	}

	public TrainingMethodRuleException(String msg) {
		super(msg);
	}

	public TrainingMethodRuleException(String field, int min, int max) {
		super(field + " must be between " + min + " and " + max);

		_field = field;
		_min = min;
		_max = max;
	}

	public TrainingMethodRuleException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public TrainingMethodRuleException(Throwable throwable) {
		super(throwable);
	}

	/**
	 * @return the model field that broke its rule, or <code>null</code> when the rule spans fields
	 */
	public String getField() {
		return _field;
	}

	public int getMax() {
		return _max;
	}

	public int getMin() {
		return _min;
	}

	private String _field;
	private int _max;
	private int _min;

}
