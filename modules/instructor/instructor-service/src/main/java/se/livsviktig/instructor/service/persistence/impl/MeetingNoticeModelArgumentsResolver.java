/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence.impl;

import com.liferay.portal.kernel.dao.orm.ArgumentsResolver;
import com.liferay.portal.kernel.dao.orm.FinderPath;
import com.liferay.portal.kernel.model.BaseModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.model.MeetingNoticeTable;
import se.livsviktig.instructor.model.impl.MeetingNoticeImpl;
import se.livsviktig.instructor.model.impl.MeetingNoticeModelImpl;

/**
 * The arguments resolver class for retrieving value from MeetingNotice.
 *
 * @author Livsviktig
 * @generated
 */
@Component(
	property = {
		"class.name=se.livsviktig.instructor.model.impl.MeetingNoticeImpl",
		"table.name=LVInstructor_MeetingNotice"
	},
	service = ArgumentsResolver.class
)
public class MeetingNoticeModelArgumentsResolver implements ArgumentsResolver {

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

		MeetingNoticeModelImpl meetingNoticeModelImpl =
			(MeetingNoticeModelImpl)baseModel;

		long columnBitmask = meetingNoticeModelImpl.getColumnBitmask();

		if (!checkColumn || (columnBitmask == 0)) {
			return _getValue(meetingNoticeModelImpl, columnNames, original);
		}

		Long finderPathColumnBitmask = _finderPathColumnBitmasksCache.get(
			finderPath);

		if (finderPathColumnBitmask == null) {
			finderPathColumnBitmask = 0L;

			for (String columnName : columnNames) {
				finderPathColumnBitmask |=
					meetingNoticeModelImpl.getColumnBitmask(columnName);
			}

			_finderPathColumnBitmasksCache.put(
				finderPath, finderPathColumnBitmask);
		}

		if ((columnBitmask & finderPathColumnBitmask) != 0) {
			return _getValue(meetingNoticeModelImpl, columnNames, original);
		}

		return null;
	}

	@Override
	public String getClassName() {
		return MeetingNoticeImpl.class.getName();
	}

	@Override
	public String getTableName() {
		return MeetingNoticeTable.INSTANCE.getTableName();
	}

	private static Object[] _getValue(
		MeetingNoticeModelImpl meetingNoticeModelImpl, String[] columnNames,
		boolean original) {

		Object[] arguments = new Object[columnNames.length];

		for (int i = 0; i < arguments.length; i++) {
			String columnName = columnNames[i];

			if (original) {
				arguments[i] = meetingNoticeModelImpl.getColumnOriginalValue(
					columnName);
			}
			else {
				arguments[i] = meetingNoticeModelImpl.getColumnValue(
					columnName);
			}
		}

		return arguments;
	}

	private static final Map<FinderPath, Long> _finderPathColumnBitmasksCache =
		new ConcurrentHashMap<>();

}