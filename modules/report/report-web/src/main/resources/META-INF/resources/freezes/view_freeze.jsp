<%@ include file="/init.jsp" %>

<%
FreezeDisplayContext freezeDisplayContext = (FreezeDisplayContext)request.getAttribute(ReportWebKeys.FREEZE_DISPLAY_CONTEXT);

FreezeRow freezeRow = freezeDisplayContext.getFreezeRow();

List<DifferenceRow> differenceRows = freezeDisplayContext.getDifferenceRows();

String currentTab = "freezes";

String outcomeErrorKey = freezeDisplayContext.getErrorKey();
String outcomeSuccessKey = freezeDisplayContext.getSuccessKey();
%>

<clay:container-fluid cssClass="livsviktig-report">
	<%@ include file="/navigation.jspf" %>

	<h2><liferay-ui:message arguments="<%= HtmlUtil.escape(freezeRow.getPeriod()) %>" key="freeze-of-x" /></h2>

	<%@ include file="/outcome.jspf" %>

	<dl class="row">
		<dt class="col-sm-3"><liferay-ui:message key="administrations" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(freezeRow.getScope()) %></dd>
		<dt class="col-sm-3"><liferay-ui:message key="frozen-by" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(freezeRow.getFrozenBy()) %></dd>
		<dt class="col-sm-3"><liferay-ui:message key="frozen-at" /></dt>
		<dd class="col-sm-9"><%= HtmlUtil.escape(freezeRow.getFrozenAt()) %></dd>
		<dt class="col-sm-3"><liferay-ui:message key="status" /></dt>
		<dd class="col-sm-9"><liferay-ui:message key="<%= freezeRow.getStatusKey() %>" /></dd>

		<c:if test="<%= !freezeRow.isFrozen() %>">
			<dt class="col-sm-3"><liferay-ui:message key="unfrozen-by" /></dt>
			<dd class="col-sm-9"><%= HtmlUtil.escape(freezeRow.getUnfrozenBy()) %>, <%= HtmlUtil.escape(freezeRow.getUnfrozenAt()) %></dd>
			<dt class="col-sm-3"><liferay-ui:message key="reason" /></dt>
			<dd class="col-sm-9"><%= HtmlUtil.escape(freezeRow.getUnfreezeReason()) %></dd>
		</c:if>
	</dl>

	<h3><liferay-ui:message key='<%= freezeDisplayContext.isShowAll() ? "frozen-figures" : "changes-since-the-freeze" %>' /></h3>

	<portlet:renderURL var="figureListingURL">
		<portlet:param name="mvcRenderCommandName" value="<%= ReportMVCCommandNames.VIEW_FREEZE %>" />
		<portlet:param name="reportFreezeId" value="<%= String.valueOf(freezeRow.getReportFreezeId()) %>" />
		<portlet:param name="showAll" value="<%= String.valueOf(!freezeDisplayContext.isShowAll()) %>" />
	</portlet:renderURL>

	<p>
		<a class="btn btn-secondary btn-sm" href="<%= HtmlUtil.escapeHREF(figureListingURL) %>"><liferay-ui:message key='<%= freezeDisplayContext.isShowAll() ? "show-the-changed-figures-only" : "show-every-frozen-figure" %>' /></a>
	</p>

	<c:choose>
		<c:when test="<%= differenceRows.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key='<%= freezeDisplayContext.isShowAll() ? "no-figures-were-frozen" : "no-figure-has-changed-since-the-freeze" %>' /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption><liferay-ui:message key='<%= freezeDisplayContext.isShowAll() ? "frozen-figures-caption" : "changes-since-the-freeze-caption" %>' /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="figure" /></th>
						<th scope="col"><liferay-ui:message key="administration" /></th>
						<th scope="col"><liferay-ui:message key="training-method" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="frozen-value" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="value-today" /></th>
						<th class="text-right" scope="col"><liferay-ui:message key="difference" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (DifferenceRow differenceRow : differenceRows) {
					%>

						<tr>
							<th scope="row"><%= HtmlUtil.escape(differenceRow.getFigure()) %></th>
							<td><%= HtmlUtil.escape(differenceRow.getAdministration()) %></td>
							<td><%= HtmlUtil.escape(differenceRow.getMethod()) %></td>
							<td class="text-right"><%= HtmlUtil.escape(differenceRow.getFrozen()) %></td>
							<td class="text-right"><%= HtmlUtil.escape(differenceRow.getCurrent()) %></td>
							<td class="text-right"><%= HtmlUtil.escape(differenceRow.getDifference()) %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>

	<c:if test="<%= freezeDisplayContext.isMayUnfreeze() %>">
		<h3><liferay-ui:message key="unfreeze" /></h3>

		<portlet:actionURL name="<%= ReportMVCCommandNames.UNFREEZE %>" var="unfreezeURL" />

		<form action="<%= HtmlUtil.escapeAttribute(unfreezeURL) %>" method="post">
			<input name="<portlet:namespace />reportFreezeId" type="hidden" value="<%= freezeRow.getReportFreezeId() %>" />

			<div class="form-group">
				<label for="<portlet:namespace />reason"><liferay-ui:message key="reason-for-unfreezing" /> <span class="text-danger">(<liferay-ui:message key="required" />)</span></label>

				<textarea aria-describedby="<portlet:namespace />reasonHelp" class="form-control" id="<portlet:namespace />reason" maxlength="4000" name="<portlet:namespace />reason" required rows="3"><%= HtmlUtil.escape(freezeDisplayContext.getReason()) %></textarea>

				<p class="small text-secondary" id="<portlet:namespace />reasonHelp"><liferay-ui:message key="reason-for-unfreezing-help" /></p>
			</div>

			<button class="btn btn-danger" type="submit"><liferay-ui:message key="unfreeze-the-figures" /></button>
		</form>
	</c:if>
</clay:container-fluid>
