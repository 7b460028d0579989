<%@ include file="/init.jsp" %>

<%
OverviewDisplayContext overviewDisplayContext = (OverviewDisplayContext)request.getAttribute(ReportWebKeys.OVERVIEW_DISPLAY_CONTEXT);

GetFormTarget formTarget = overviewDisplayContext.getFormTarget();

String currentTab = "overview";
%>

<clay:container-fluid cssClass="livsviktig-report">
	<%@ include file="/navigation.jspf" %>

	<h2><liferay-ui:message key="the-years-figures" /></h2>

	<p class="text-secondary"><liferay-ui:message key="the-years-figures-help" /></p>

	<c:if test="<%= overviewDisplayContext.getErrorKey() != null %>">
		<div id="<portlet:namespace />errorSummary" tabindex="-1">
			<clay:alert displayType="danger">
				<liferay-ui:message key="<%= overviewDisplayContext.getErrorKey() %>" />
			</clay:alert>
		</div>
	</c:if>

	<form action="<%= HtmlUtil.escapeAttribute(formTarget.getAction()) %>" class="mb-4" method="get" role="search">

		<%
		for (Map.Entry<String, String> hiddenParameter : formTarget.getHiddenParameters().entrySet()) {
		%>

			<input name="<%= HtmlUtil.escapeAttribute(hiddenParameter.getKey()) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenParameter.getValue()) %>" />

		<%
		}
		%>

		<div class="row">
			<div class="col-md-2 form-group">
				<label for="<portlet:namespace />year"><liferay-ui:message key="year" /></label>

				<select class="form-control" id="<portlet:namespace />year" name="<portlet:namespace />year">

					<%
					List<Option> selectOptions = overviewDisplayContext.getYearOptions();
					%>

					<%@ include file="/select_options.jspf" %>
				</select>
			</div>

			<div class="col-md-2 form-group">
				<label for="<portlet:namespace />firstDay"><liferay-ui:message key="or-first-day" /></label>

				<input aria-describedby="<portlet:namespace />daysHelp" class="form-control" id="<portlet:namespace />firstDay" name="<portlet:namespace />firstDay" type="date" value="<%= HtmlUtil.escapeAttribute(overviewDisplayContext.getFirstDay()) %>" />
			</div>

			<div class="col-md-2 form-group">
				<label for="<portlet:namespace />lastDay"><liferay-ui:message key="last-day" /></label>

				<input aria-describedby="<portlet:namespace />daysHelp" class="form-control" id="<portlet:namespace />lastDay" name="<portlet:namespace />lastDay" type="date" value="<%= HtmlUtil.escapeAttribute(overviewDisplayContext.getLastDay()) %>" />
			</div>

			<div class="col-md-3 form-group">
				<label for="<portlet:namespace />organizationId"><liferay-ui:message key="administration" /></label>

				<select class="form-control" id="<portlet:namespace />organizationId" name="<portlet:namespace />organizationId">

					<%
					selectOptions = overviewDisplayContext.getOrganizationOptions();
					%>

					<%@ include file="/select_options.jspf" %>
				</select>

				<div class="form-check mt-2">
					<input <%= overviewDisplayContext.isRolledUp() ? "checked" : "" %> class="form-check-input" id="<portlet:namespace />rolledUp" name="<portlet:namespace />rolledUp" type="checkbox" value="true" />

					<label class="form-check-label" for="<portlet:namespace />rolledUp"><liferay-ui:message key="include-sub-organizations" /></label>
				</div>
			</div>

			<div class="col-md-3 form-group">
				<label for="<portlet:namespace />trainingMethodId"><liferay-ui:message key="training-method" /></label>

				<select class="form-control" id="<portlet:namespace />trainingMethodId" name="<portlet:namespace />trainingMethodId">

					<%
					selectOptions = overviewDisplayContext.getMethodOptions();
					%>

					<%@ include file="/select_options.jspf" %>
				</select>
			</div>
		</div>

		<p class="small text-secondary" id="<portlet:namespace />daysHelp"><liferay-ui:message key="the-days-help" /></p>

		<button class="btn btn-primary" type="submit"><liferay-ui:message key="show-figures" /></button>
	</form>

	<c:if test="<%= overviewDisplayContext.getPeriodText() != null %>">
		<p><liferay-ui:message arguments="<%= HtmlUtil.escape(overviewDisplayContext.getPeriodText()) %>" key="figures-of-sessions-starting-x" /></p>

		<c:if test="<%= overviewDisplayContext.getFigureTables().isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="no-figures-for-this-choice" /></p>
		</c:if>
	</c:if>

	<%
	for (FigureTable figureTable : overviewDisplayContext.getFigureTables()) {
	%>

		<section class="mb-5">
			<h3><%= HtmlUtil.escape(figureTable.getLabel()) %></h3>

			<%-- Every text in the chart is escaped by BarChartSvg. --%>

			<div class="mb-2"><%= figureTable.getChartSvg() %></div>

			<div class="table-responsive">
				<table class="table table-autofit table-list">
					<caption><%= HtmlUtil.escape(figureTable.getLabel()) %></caption>
					<thead>
						<tr>
							<th scope="col"><liferay-ui:message key="administration" /></th>

							<%
							for (String methodName : figureTable.getMethodNames()) {
							%>

								<th class="text-right" scope="col"><%= HtmlUtil.escape(methodName) %></th>

							<%
							}
							%>

							<th class="text-right" scope="col"><liferay-ui:message key="total" /></th>
						</tr>
					</thead>
					<tbody>

						<%
						for (FigureRow figureRow : figureTable.getRows()) {
						%>

							<tr>
								<th scope="row"><%= HtmlUtil.escape(figureRow.getHeader()) %></th>

								<%
								List<FigureCell> figureCells = figureRow.getCells();

								for (int i = 0; i < figureCells.size(); i++) {
									FigureCell figureCell = figureCells.get(i);
									String columnName = figureTable.getMethodNames().get(i);
								%>

									<%@ include file="/overview/figure_cell.jspf" %>

								<%
								}

								FigureCell figureCell = figureRow.getTotalCell();
								String columnName = LanguageUtil.get(request, "total");
								%>

								<%@ include file="/overview/figure_cell.jspf" %>
							</tr>

						<%
						}
						%>

					</tbody>
				</table>
			</div>

			<c:if test="<%= figureTable.isSplitBySex() %>">

				<%-- Every text in the chart is escaped by BarChartSvg. --%>

				<div class="mb-2 mt-4"><%= figureTable.getSexChartSvg() %></div>

				<div class="table-responsive">
					<table class="table table-autofit table-list">
						<caption><%= HtmlUtil.escape(figureTable.getSexLabel()) %></caption>
						<thead>
							<tr>
								<th scope="col"><liferay-ui:message key="administration" /></th>

								<%
								for (String sexName : figureTable.getSexNames()) {
								%>

									<th class="text-right" scope="col"><%= HtmlUtil.escape(sexName) %></th>

								<%
								}
								%>

								<th class="text-right" scope="col"><liferay-ui:message key="total" /></th>
							</tr>
						</thead>
						<tbody>

							<%
							for (FigureRow figureRow : figureTable.getSexRows()) {
							%>

								<tr>
									<th scope="row"><%= HtmlUtil.escape(figureRow.getHeader()) %></th>

									<%
									List<FigureCell> figureCells = figureRow.getCells();

									for (int i = 0; i < figureCells.size(); i++) {
										FigureCell figureCell = figureCells.get(i);
										String columnName = figureTable.getSexNames().get(i);
									%>

										<%@ include file="/overview/figure_cell.jspf" %>

									<%
									}

									FigureCell figureCell = figureRow.getTotalCell();
									String columnName = LanguageUtil.get(request, "total");
									%>

									<%@ include file="/overview/figure_cell.jspf" %>
								</tr>

							<%
							}
							%>

						</tbody>
					</table>
				</div>
			</c:if>
		</section>

	<%
	}
	%>

</clay:container-fluid>
