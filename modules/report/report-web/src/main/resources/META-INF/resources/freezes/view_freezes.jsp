<%@ include file="/init.jsp" %>

<%
FreezesDisplayContext freezesDisplayContext = (FreezesDisplayContext)request.getAttribute(ReportWebKeys.FREEZES_DISPLAY_CONTEXT);

List<FreezeRow> freezeRows = freezesDisplayContext.getFreezeRows();

String currentTab = "freezes";

String outcomeErrorKey = freezesDisplayContext.getErrorKey();
String outcomeSuccessKey = freezesDisplayContext.getSuccessKey();
%>

<clay:container-fluid cssClass="livsviktig-report">
	<%@ include file="/navigation.jspf" %>

	<h2><liferay-ui:message key="freezes" /></h2>

	<p class="text-secondary"><liferay-ui:message key="freezes-help" /></p>

	<%@ include file="/outcome.jspf" %>

	<c:if test="<%= freezesDisplayContext.isMayFreeze() %>">
		<portlet:actionURL name="<%= ReportMVCCommandNames.FREEZE %>" var="freezeURL" />

		<form action="<%= HtmlUtil.escapeAttribute(freezeURL) %>" class="mb-4" method="post">

			<div class="form-group">
				<label for="<portlet:namespace />year"><liferay-ui:message key="year-to-freeze" /></label>

				<select aria-describedby="<portlet:namespace />yearHelp" class="form-control" id="<portlet:namespace />year" name="<portlet:namespace />year">

					<%
					List<Option> selectOptions = freezesDisplayContext.getYearOptions();
					%>

					<%@ include file="/select_options.jspf" %>
				</select>

				<p class="small text-secondary" id="<portlet:namespace />yearHelp"><liferay-ui:message key="year-to-freeze-help" /></p>
			</div>

			<div class="form-group">
				<label for="<portlet:namespace />organizationId"><liferay-ui:message key="administrations-to-freeze" /></label>

				<select aria-describedby="<portlet:namespace />organizationIdHelp" class="form-control" id="<portlet:namespace />organizationId" name="<portlet:namespace />organizationId">

					<%
					selectOptions = freezesDisplayContext.getScopeOptions();
					%>

					<%@ include file="/select_options.jspf" %>
				</select>

				<p class="small text-secondary" id="<portlet:namespace />organizationIdHelp"><liferay-ui:message key="administrations-to-freeze-help" /></p>
			</div>

			<button class="btn btn-primary" type="submit"><liferay-ui:message key="freeze-the-figures" /></button>
		</form>
	</c:if>

	<c:choose>
		<c:when test="<%= freezeRows.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="no-freezes-yet" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="freezes" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="period" /></th>
						<th scope="col"><liferay-ui:message key="administrations" /></th>
						<th scope="col"><liferay-ui:message key="frozen-by" /></th>
						<th scope="col"><liferay-ui:message key="frozen-at" /></th>
						<th scope="col"><liferay-ui:message key="status" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (FreezeRow freezeRow : freezeRows) {
					%>

						<portlet:renderURL var="freezeViewURL">
							<portlet:param name="mvcRenderCommandName" value="<%= ReportMVCCommandNames.VIEW_FREEZE %>" />
							<portlet:param name="reportFreezeId" value="<%= String.valueOf(freezeRow.getReportFreezeId()) %>" />
						</portlet:renderURL>

						<tr>
							<th scope="row"><a href="<%= HtmlUtil.escapeHREF(freezeViewURL) %>"><%= HtmlUtil.escape(freezeRow.getPeriod()) %></a></th>
							<td><%= HtmlUtil.escape(freezeRow.getScope()) %></td>
							<td><%= HtmlUtil.escape(freezeRow.getFrozenBy()) %></td>
							<td><%= HtmlUtil.escape(freezeRow.getFrozenAt()) %></td>
							<td>
								<liferay-ui:message key="<%= freezeRow.getStatusKey() %>" />

								<c:if test="<%= !freezeRow.isFrozen() %>">
									<br /><liferay-ui:message arguments="<%= new Object[] {HtmlUtil.escape(freezeRow.getUnfrozenBy()), HtmlUtil.escape(freezeRow.getUnfrozenAt())} %>" key="by-x-at-x" />
								</c:if>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
