package se.livsviktig.platform.db.harness;

import com.liferay.portal.dao.db.MariaDBDB;
import com.liferay.portal.dao.db.PostgreSQLDB;
import com.liferay.portal.kernel.dao.db.DB;

/**
 * The databases the tier runs on, at the versions Livsviktig supports. Each knows Liferay's own DB class for it,
 * so SQL reaches the server exactly as the portal would translate it.
 */
public enum Vendor {

	POSTGRESQL("PostgreSQL 15") {

		@Override
		public DB createLiferayDB() {
			return new PostgreSQLDB(15, 0);
		}

	},
	MARIADB("MariaDB 10.11") {

		@Override
		public DB createLiferayDB() {
			return new MariaDBDB(10, 11);
		}

	};

	/**
	 * A new Liferay DB object for this vendor. A new one each time, because BaseDB keeps settings of its own.
	 */
	public abstract DB createLiferayDB();

	@Override
	public String toString() {
		return _displayName;
	}

	private Vendor(String displayName) {
		_displayName = displayName;
	}

	private final String _displayName;

}
