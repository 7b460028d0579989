/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.platform.uad;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.zip.ZipWriter;

import java.io.File;

import java.nio.charset.StandardCharsets;

import java.util.function.Function;

/**
 * The portal's bulk export (the same rows, one {@code <primary key>.xml} per row in the same zip) with each row
 * written as the person who asked sees it. The portal's own writes every row the same whoever asks, so a
 * coordinator's export would carry the other people's rows they only touched.
 *
 * @author Livsviktig
 */
public final class RowsOfPerson {

	/**
	 * @param actionableDynamicQuery the rows any user id column of which is the person's
	 * @param xmlOfRow the row's document as the person sees it
	 */
	public static <T extends BaseModel<T>> File export(
			ActionableDynamicQuery actionableDynamicQuery, ZipWriter zipWriter,
			Function<T, String> xmlOfRow)
		throws PortalException {

		actionableDynamicQuery.setPerformActionMethod(
			(T row) -> {
				try {
					zipWriter.addEntry(
						row.getPrimaryKeyObj() + ".xml",
						xmlOfRow.apply(
							row
						).getBytes(
							StandardCharsets.UTF_8
						));
				}
				catch (Exception exception) {
					throw new PortalException(exception);
				}
			});

		actionableDynamicQuery.performActions();

		return zipWriter.getFile();
	}

	private RowsOfPerson() {
	}

}
