package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.util.Comparator;

/**
 * The order a coordinator chose for a list: one column, then the primary key, so that a page never repeats or
 * skips a row. The services hand it to the database; compare is there for the rare list sorted in memory.
 *
 * @author Livsviktig
 */
public class ColumnOrderByComparator<T extends BaseModel<T>>
	extends OrderByComparator<T> {

	public ColumnOrderByComparator(
		String column, String primaryKeyColumn, boolean ascending) {

		_column = column;
		_primaryKeyColumn = primaryKeyColumn;
		_ascending = ascending;
	}

	@Override
	@SuppressWarnings({"rawtypes", "unchecked"})
	public int compare(T model1, T model2) {
		Comparator<T> comparator = Comparator.comparing(
			model -> (Comparable)model.getModelAttributes(
			).get(
				_column
			),
			Comparator.nullsFirst(Comparator.naturalOrder()));

		comparator = comparator.thenComparing(
			model -> (Comparable)model.getPrimaryKeyObj(),
			Comparator.naturalOrder());

		if (_ascending) {
			return comparator.compare(model1, model2);
		}

		return comparator.reversed(
		).compare(
			model1, model2
		);
	}

	@Override
	public String[] getOrderByFields() {
		return new String[] {_column, _primaryKeyColumn};
	}

	@Override
	public boolean isAscending() {
		return _ascending;
	}

	private final boolean _ascending;
	private final String _column;
	private final String _primaryKeyColumn;

}
