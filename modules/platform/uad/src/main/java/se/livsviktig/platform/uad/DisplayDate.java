/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.platform.uad;

import com.liferay.portal.kernel.util.TimeZoneThreadLocal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A day as the personal data screen's reader writes it ("12 mars 2026", "Mar 12, 2026"), in the time zone the
 * portal renders the page in, so a certification dated the 12th is not shown as the 11th.
 *
 * @author Livsviktig
 */
public final class DisplayDate {

	public static String format(Date date, Locale locale) {
		if (date == null) {
			return "";
		}

		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		);

		return dateTimeFormatter.format(
			date.toInstant(
			).atZone(
				_zoneId()
			));
	}

	private static ZoneId _zoneId() {
		TimeZone timeZone = TimeZoneThreadLocal.getThemeDisplayTimeZone();

		if (timeZone == null) {
			return ZoneOffset.UTC;
		}

		return timeZone.toZoneId();
	}

	private DisplayDate() {
	}

}
