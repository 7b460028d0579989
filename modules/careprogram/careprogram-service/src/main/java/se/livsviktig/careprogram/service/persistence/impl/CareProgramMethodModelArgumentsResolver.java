/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence.impl;

import com.liferay.portal.kernel.dao.orm.ArgumentsResolver;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.careprogram.model.CareProgramMethodTable;
import se.livsviktig.careprogram.model.impl.CareProgramMethodImpl;
import se.livsviktig.careprogram.model.impl.CareProgramMethodModelImpl;

/**
 * The arguments resolver class for retrieving value from CareProgramMethod.
 *
 * @author Livsviktig
 * @generated
 */
@Component(
	property = {
		"class.name=se.livsviktig.careprogram.model.impl.CareProgramMethodImpl",
		"table.name=LVCareProgram_ProgramMethod"
	},
	service = ArgumentsResolver.class
)
public class CareProgramMethodModelArgumentsResolver
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

		CareProgramMethodModelImpl careProgramMethodModelImpl =
			(CareProgramMethodModelImpl)baseModel;

		long columnBitmask = careProgramMethodModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(careProgramMethodModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					careProgramMethodModelImpl.getColumnBitmask(columnName);
			}

			if (finderPath.isBaseModelResult() &&
				(CareProgramMethodPersistenceImpl.
					FINDER_CLASS_NAME_LIST_WITHOUT_PAGINATION ==
						finderPath.getCacheName())) {

				finderPathColumnBitmask |= _ORDER_BY_COLUMNS_BITMASK;
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(careProgramMethodModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return CareProgramMethodImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return CareProgramMethodTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		CareProgramMethodModelImpl careProgramMethodModelImpl,
		String[] columnNames, boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] =
					careProgramMethodModelImpl.getColumnOriginalValue(
						columnName);
			}
			else {
				arguments[i] = careProgramMethodModelImpl.getColumnValue(
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

		_ORDER_BY_COLUMNS_BITMASK = orderByColumnsBitmask;
	}

}