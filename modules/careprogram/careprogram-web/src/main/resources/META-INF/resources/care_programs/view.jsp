<%@ include file="/init.jsp" %>

<%
CareProgramListDisplayContext careProgramListDisplayContext = (CareProgramListDisplayContext)request.getAttribute(CareProgramWebKeys.CARE_PROGRAMS_DISPLAY_CONTEXT);

List<CareProgramRow> careProgramRows = careProgramListDisplayContext.getRows();
%>

<clay:container-fluid cssClass="livsviktig-care-programs">
	<h2><liferay-ui:message key="care-programs" /></h2>

	<p class="text-secondary"><liferay-ui:message key="care-programs-help" /></p>

	<form action="<%= HtmlUtil.escapeHREF(careProgramListDisplayContext.getSearchActionURL()) %>" aria-label="<%= HtmlUtil.escapeAttribute(LanguageUtil.get(request, "filter-care-programs")) %>" method="get" role="search">

		<%
		for (Map.Entry<String, String> hiddenParameter : careProgramListDisplayContext.getSearchHiddenParameters().entrySet()) {
		%>

			<input name="<%= HtmlUtil.escapeAttribute(hiddenParameter.getKey()) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenParameter.getValue()) %>" />

		<%
		}
		%>

		<div class="form-group-autofit">
			<div class="form-group-item">
				<label for="<portlet:namespace />keywords"><liferay-ui:message key="keywords" /></label>

				<input class="form-control" id="<portlet:namespace />keywords" name="<portlet:namespace />keywords" type="search" value="<%= HtmlUtil.escapeAttribute(careProgramListDisplayContext.getKeywords()) %>" />
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />targetGroupCategoryId"><liferay-ui:message key="target-group" /></label>

				<select class="form-control" id="<portlet:namespace />targetGroupCategoryId" name="<portlet:namespace />targetGroupCategoryId">

					<%
					List<Option> selectOptions = careProgramListDisplayContext.getTargetGroupOptions();
					%>

					<%@ include file="/shared/select_options.jspf" %>
				</select>
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />organizationId"><liferay-ui:message key="administration" /></label>

				<select class="form-control" id="<portlet:namespace />organizationId" name="<portlet:namespace />organizationId">

					<%
					selectOptions = careProgramListDisplayContext.getOrganizationOptions();
					%>

					<%@ include file="/shared/select_options.jspf" %>
				</select>
			</div>

			<div class="form-group-item">
				<label for="<portlet:namespace />reviewState"><liferay-ui:message key="review-state" /></label>

				<select class="form-control" id="<portlet:namespace />reviewState" name="<portlet:namespace />reviewState">

					<%
					selectOptions = careProgramListDisplayContext.getReviewStateOptions();
					%>

					<%@ include file="/shared/select_options.jspf" %>
				</select>
			</div>

			<div class="form-group-item form-group-item-label-spacer">
				<button class="btn btn-secondary" type="submit"><liferay-ui:message key="filter" /></button>

				<c:if test="<%= careProgramListDisplayContext.isFiltered() %>">
					<a class="btn btn-link" href="<%= HtmlUtil.escapeHREF(careProgramListDisplayContext.getClearURL()) %>"><liferay-ui:message key="clear-filters" /></a>
				</c:if>
			</div>
		</div>
	</form>

	<c:choose>
		<c:when test="<%= careProgramRows.isEmpty() %>">
			<p class="text-secondary">
				<liferay-ui:message key='<%= careProgramListDisplayContext.isFiltered() ? "no-programmes-match-the-filters" : "no-programmes-yet" %>' />
			</p>
		</c:when>
		<c:otherwise>
			<p class="text-secondary"><liferay-ui:message arguments="<%= careProgramListDisplayContext.getTotal() %>" key="x-programmes" /></p>

			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="care-programs" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="care-program" /></th>
						<th scope="col"><liferay-ui:message key="programme-summary-review" /></th>
						<th scope="col"><liferay-ui:message key="local-routines" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (CareProgramRow careProgramRow : careProgramRows) {
						ReviewBadge reviewBadge = careProgramRow.getReviewBadge();
					%>

						<tr>
							<th class="table-cell-expand-smaller" scope="row"><a href="<%= HtmlUtil.escapeHREF(careProgramRow.getViewURL()) %>"><%= HtmlUtil.escape(careProgramRow.getTitle()) %></a></th>
							<td><%@ include file="/shared/review_badge.jspf" %></td>
							<td><%= HtmlUtil.escape(careProgramRow.getRoutinesSummary()) %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>

			<%
			List<PageLink> pageLinks = careProgramListDisplayContext.getPageLinks();
			%>

			<%@ include file="/shared/pagination.jspf" %>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
