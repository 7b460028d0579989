/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.platform.uad;

import com.liferay.petra.string.StringBundler;

import java.util.Date;

/**
 * One exported row in the portal's export format ({@code <model><model-name>} and one {@code <column>} per
 * value). Values go in CDATA; a value that itself contains the CDATA end ("]]>", typed into a free-text field)
 * is split across two sections, so it cannot end the section early and leave the file unreadable.
 *
 * @author Livsviktig
 */
public final class ExportDocument {

	public ExportDocument(String modelName) {
		_sb.append("<model><model-name>");
		_sb.append(modelName);
		_sb.append("</model-name>");
	}

	public ExportDocument column(String name, Date value) {
		if (value == null) {
			return column(name, "");
		}

		return column(
			name,
			value.toInstant(
			).toString());
	}

	public ExportDocument column(String name, String value) {
		_sb.append("<column><column-name>");
		_sb.append(name);
		_sb.append("</column-name><column-value><![CDATA[");

		if (value != null) {
			_sb.append(value.replace("]]>", "]]]]><![CDATA[>"));
		}

		_sb.append("]]></column-value></column>");

		return this;
	}

	public String toXmlString() {
		return _sb.toString() + "</model>";
	}

	private final StringBundler _sb = new StringBundler();

}
