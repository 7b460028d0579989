/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service.persistence.impl;

import com.liferay.portal.kernel.dao.orm.ArgumentsResolver;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.model.TrainingNoticeTable;
import se.livsviktig.training.model.impl.TrainingNoticeImpl;
import se.livsviktig.training.model.impl.TrainingNoticeModelImpl;

/**
 * The arguments resolver class for retrieving value from TrainingNotice.
 *
 * @author Livsviktig
 * @generated
 */
@Component(
	property = {
		"class.name=se.livsviktig.training.model.impl.TrainingNoticeImpl",
		"table.name=LVTraining_TrainingNotice"
	},
	service = ArgumentsResolver.class
)
public class TrainingNoticeModelArgumentsResolver implements ArgumentsResolver {

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

		TrainingNoticeModelImpl trainingNoticeModelImpl =
			(TrainingNoticeModelImpl)baseModel;

		long columnBitmask = trainingNoticeModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(trainingNoticeModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					trainingNoticeModelImpl.getColumnBitmask(columnName);
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(trainingNoticeModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return TrainingNoticeImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return TrainingNoticeTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		TrainingNoticeModelImpl trainingNoticeModelImpl, String[] columnNames,
		boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] = trainingNoticeModelImpl.getColumnOriginalValue(
					columnName);
			}
			else {
				arguments[i] = trainingNoticeModelImpl.getColumnValue(
					columnName);
			}
		}

		return arguments;
	}

	private static final Map<FinderPath, Long> _finderPathColumnBitmasksCache =
		new ConcurrentHashMap<>();

}