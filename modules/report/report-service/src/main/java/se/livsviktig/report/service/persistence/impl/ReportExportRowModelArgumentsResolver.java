/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service.persistence.impl;

import com.liferay.portal.kernel.dao.orm.ArgumentsResolver;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.report.model.ReportExportRowTable;
import se.livsviktig.report.model.impl.ReportExportRowImpl;
import se.livsviktig.report.model.impl.ReportExportRowModelImpl;

/**
 * The arguments resolver class for retrieving value from ReportExportRow.
 *
 * @author Livsviktig
 * @generated
 */
@Component(
	property = {
		"class.name=se.livsviktig.report.model.impl.ReportExportRowImpl",
		"table.name=LVReport_ReportExportRow"
	},
	service = ArgumentsResolver.class
)
public class ReportExportRowModelArgumentsResolver
	implements ArgumentsResolver {

	@Override
	public Object[] getArguments(
		FinderPath finderPath, BaseModel<?> baseModel, boolean checkColumn,
		boolean original) {

		String[] columnNames = finderPath.getColumnNames();

		if ((columnNames == null) || (columnNames.length == 0)) {
			if (baseModel.isNew()) {
				return new Object[0];
			}

			return null;
		}

		ReportExportRowModelImpl reportExportRowModelImpl =
			(ReportExportRowModelImpl)baseModel;

		long columnBitmask = reportExportRowModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(reportExportRowModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					reportExportRowModelImpl.getColumnBitmask(columnName);
			}

			if (finderPath.isBaseModelResult() &&
				(ReportExportRowPersistenceImpl.
					FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION ==
						finderPath.getCacheName())) {

				finderPathColumnBitmask |= _ORDER_BY_COLUMNS_BITMASK;
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(reportExportRowModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return ReportExportRowImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return ReportExportRowTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		ReportExportRowModelImpl reportExportRowModelImpl, String[] columnNames,
		boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] = reportExportRowModelImpl.getColumnOriginalValue(
					columnName);
			}
			else {
				arguments[i] = reportExportRowModelImpl.getColumnValue(
					columnName);
			}
		}

		return arguments;
	}

	private static final Map<FinderPath, Long> _finderPathColumnBitmasksCache =
		new ConcurrentHashMap<>();

	private static final long _ORDER_BY_COLUMNS_BITMASK;

	static {
		long orderByColumnsBitmask = 0;

		orderByColumnsBitmask |= ReportExportRowModelImpl.getColumnBitmask(
			"position");

		_ORDER_BY_COLUMNS_BITMASK = orderByColumnsBitmask;
	}

}